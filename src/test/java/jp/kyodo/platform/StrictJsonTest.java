package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {
  record Change(String name, Integer order, Boolean active, Long version) {}

  record Grant(List<String> roles, OffsetDateTime at) {}

  private static Change read(String json) {
    return StrictJson.read(json.getBytes(StandardCharsets.UTF_8), Change.class);
  }

  /** The one field (and message key) a refused body names. */
  private static String refusal(String json) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(json));
    assertEquals(1, e.errors().size(), e.errors().toString());
    return e.errors().get(0).field() + " " + e.errors().get(0).messageKey();
  }

  @Test
  void readsAWellFormedObject() {
    assertEquals(
        new Change("環境", 3, true, 7L),
        read("{\"name\":\"環境\",\"order\":3,\"active\":true,\"version\":7}"));
    assertEquals(new Change(null, null, null, null), read("{\"name\":null}"));
    assertEquals(5, read("{\"order\":5.0}").order(), "5.0 is a whole number");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"active\":123}|active validation.type.boolean",
        "{\"active\":\"true\"}|active validation.type.boolean",
        "{\"order\":1e30}|order validation.number.range",
        "{\"order\":2147483648}|order validation.number.range",
        "{\"version\":1e999999999}|version validation.number.range",
        "{\"version\":-1e999999999}|version validation.number.range",
        "{\"order\":1.5}|order validation.type.integer",
        "{\"order\":1e-999999999}|order validation.type.integer",
        "{\"order\":\"3\"}|order validation.type.integer",
        "{\"order\":true}|order validation.type.integer",
        "{\"name\":12}|name validation.type.text",
        "{\"name\":[\"a\"]}|name validation.type.text",
        "{\"name\":{}}|name validation.type.text",
        "{\"nmae\":\"typo\"}|nmae validation.field.unknown",
        "{\"name\":\"a\",\"name\":\"b\"}|name validation.field.duplicate",
        "{\"name\":\"a\\u0000b\"}|name validation.text.forbiddenCharacters",
        "{\"name\":\"\\ud800\"}|name validation.text.forbiddenCharacters",
        "{\"name\":\"\\udc00x\"}|name validation.text.forbiddenCharacters",
        "{\"name\":\"a\"} x|body validation.body.trailing",
        "{\"name\":\"a\"}{}|body validation.body.trailing",
        "{\"name\":\"a\"} {|body validation.body.trailing",
        "[{\"name\":\"a\"}]|body validation.body.notObject",
        "\"text\"|body validation.body.notObject",
        "null|body validation.body.missing",
        "'   '|body validation.body.missing",
        "{\"name\":|body validation.body.syntax",
        "{name:1}|body validation.body.syntax",
      })
  void refusesWhatIsNotExactlyTheDeclaredShape(String json, String expected) {
    assertEquals(expected, refusal(json));
  }

  @Test
  void namesEveryOffendingField() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> read("{\"active\":1,\"order\":0.5,\"version\":\"1\",\"extra\":null}"));
    assertEquals(
        List.of("active", "extra", "order", "version"),
        e.errors().stream().map(InvalidInputException.FieldError::field).toList());
  }

  @Test
  void aForbiddenCharacterIsNamedTogetherWithTheOtherFields() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> read("{\"name\":\"a\\u0000\",\"active\":1,\"order\":3}"));
    assertEquals(
        List.of("active validation.type.boolean", "name validation.text.forbiddenCharacters"),
        e.errors().stream().map(f -> f.field() + " " + f.messageKey()).toList());
  }

  @Test
  void refusesMalformedUtf8() {
    byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> StrictJson.read(body, Change.class));
    assertEquals("validation.body.encoding", e.errors().get(0).messageKey());
  }

  @Test
  void readsListsAndTimesStrictly() {
    Grant g =
        StrictJson.read(
            "{\"roles\":[\"staff\"],\"at\":\"2026-04-01T09:00:00+09:00\"}"
                .getBytes(StandardCharsets.UTF_8),
            Grant.class);
    assertEquals(List.of("staff"), g.roles());
    assertEquals(OffsetDateTime.parse("2026-04-01T09:00:00+09:00"), g.at());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                StrictJson.read(
                    "{\"roles\":[\"staff\",1],\"at\":\"yesterday\"}"
                        .getBytes(StandardCharsets.UTF_8),
                    Grant.class));
    assertEquals(
        List.of("at validation.datetime", "roles validation.type.text"),
        e.errors().stream().map(f -> f.field() + " " + f.messageKey()).toList());
  }

  @Test
  void cutsLongPropertyNamesInTheProblem() {
    String name = "😀".repeat(100);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> read("{\"" + name + "\":1}"));
    assertEquals("😀".repeat(64) + "…", e.errors().get(0).field());
  }

  @Test
  void refusesDeepNesting() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertEquals("name validation.body.tooDeep", refusal("{\"name\":" + deep + "}"));
    assertNull(read("{}").name());
  }
}
