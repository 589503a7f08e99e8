package jp.kyodo.participant;

import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.security.Role;

/** What the owner (or an administrator) sees of an account. */
public record AccountView(
    long id,
    String email,
    boolean emailConfirmed,
    String displayName,
    String ageBand,
    String areaCode,
    String districtCode,
    String relation,
    String preferredLanguage,
    List<String> roles,
    OffsetDateTime registeredAt,
    long version) {

  static AccountView of(Participant p) {
    Profile profile = p.profile();
    return new AccountView(
        p.id(),
        p.email(),
        p.isEmailConfirmed(),
        p.displayName(),
        profile.ageBand(),
        profile.areaCode(),
        profile.districtCode(),
        profile.relation(),
        profile.preferredLanguage(),
        p.roles().stream().map(Role::code).sorted().toList(),
        p.registeredAt(),
        p.version());
  }
}
