package jp.kyodo.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.Csv;
import jp.kyodo.platform.Messages;

/**
 * Open data from the monthly roll-up, for anyone: no personal data, no identifiers, only counts per
 * month × area × policy area, and those through {@link Suppression}.
 */
@ApplicationScoped
public class OpenDataService {
  public static final List<String> COLUMNS =
      List.of(
          "month",
          "complete",
          "area_code",
          "area_name_ja",
          "area_name_en",
          "policy_area_code",
          "policy_area_name_ja",
          "policy_area_name_en",
          "participants",
          "comments",
          "reactions",
          "suppressed");

  /**
   * What the columns hold, for people and programs alike (the CSV header stays {@link #COLUMNS}).
   */
  public static final List<OpenData.Column> DICTIONARY =
      COLUMNS.stream()
          .map(
              c ->
                  new OpenData.Column(
                      c,
                      Messages.get(Locale.JAPANESE, "openData.column." + c),
                      Messages.get(Locale.ENGLISH, "openData.column." + c),
                      switch (c) {
                        case "complete", "suppressed" -> "boolean";
                        case "participants", "comments", "reactions" -> "integer";
                        default -> "string";
                      }))
          .toList();

  @Inject StatsRepository repository;
  @Inject StatsLabels labels;

  @Transactional(Transactional.TxType.SUPPORTS)
  public OpenData participation() {
    Map<String, String> areaJa = labels.groups("activity_area", Locale.JAPANESE);
    Map<String, String> areaEn = labels.groups("activity_area", Locale.ENGLISH);
    Map<String, String> policyJa = labels.groups("policy_area", Locale.JAPANESE);
    Map<String, String> policyEn = labels.groups("policy_area", Locale.ENGLISH);
    List<OpenData.Row> rows = new ArrayList<>();
    for (StatsRepository.Month m :
        repository.months(LocalDate.of(2000, 1, 1), LocalDate.of(9999, 12, 31), true)) {
      Cell people = Suppression.people(m.participants());
      boolean suppressed = people.suppressed();
      rows.add(
          new OpenData.Row(
              m.month().toString().substring(0, 7),
              m.complete(),
              m.area(),
              areaJa.getOrDefault(m.area(), m.area()),
              areaEn.getOrDefault(m.area(), m.area()),
              m.policyArea(),
              policyJa.getOrDefault(m.policyArea(), m.policyArea()),
              policyEn.getOrDefault(m.policyArea(), m.policyArea()),
              suppressed ? null : m.participants(),
              suppressed ? null : m.comments(),
              suppressed ? null : m.reactions(),
              suppressed));
    }
    return new OpenData(
        "世田谷区 協働プラットフォーム 参加状況（月別・地域別・政策分野別） / Setagaya collaboration"
            + " platform participation by month, area and policy area",
        "世田谷区 / Setagaya City",
        new OpenData.Licence(
            OpenData.LICENCE_NAME,
            OpenData.LICENCE_URL,
            "出典：世田谷区 協働プラットフォーム（Kyodo）参加状況データ / Source: Setagaya City,"
                + " Kyodo participation data"),
        "participants = people who commented or reacted in the month (area = their profile's"
            + " area, unanswered if not given); comments and reactions given in the month. Cells"
            + " with fewer than "
            + Suppression.MIN_PEOPLE
            + " participants are suppressed (empty). Months with complete=false are still running.",
        Suppression.MIN_PEOPLE,
        COLUMNS,
        DICTIONARY,
        rows);
  }

  public String participationCsv() {
    List<List<String>> rows = new ArrayList<>();
    for (OpenData.Row c : participation().rows()) {
      rows.add(
          List.of(
              c.month(),
              String.valueOf(c.complete()),
              c.areaCode(),
              c.areaNameJa(),
              c.areaNameEn(),
              c.policyAreaCode(),
              c.policyAreaNameJa(),
              c.policyAreaNameEn(),
              text(c.participants()),
              text(c.comments()),
              text(c.reactions()),
              String.valueOf(c.suppressed())));
    }
    return Csv.write(COLUMNS, rows);
  }

  private static String text(Long value) {
    return value == null ? "" : value.toString();
  }
}
