package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestParametersTest {
  private static List<String> problems(String query) {
    return RequestParameters.checkQuery(query).stream()
        .map(e -> e.field() + " " + e.messageKey())
        .toList();
  }

  @Test
  void acceptsOrdinaryQueries() {
    assertTrue(problems(null).isEmpty());
    assertTrue(problems("status=open&area=setagaya&sort=&page=2").isEmpty());
    assertTrue(problems("q=%E4%B8%96%E7%94%B0%E8%B0%B7+%E5%A4%AA%E9%83%8E&flag").isEmpty());
    assertTrue(problems("x=" + "a".repeat(RequestParameters.MAX_VALUE)).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "area=%00|area validation.text.forbiddenCharacters",
        "policyArea=a%0Ab|policyArea validation.text.forbiddenCharacters",
        "district=%E2%80%AEabc|district validation.text.forbiddenCharacters",
        "q=%EF%BF%BE|q validation.text.forbiddenCharacters",
        "area=%ff|area validation.query.encoding",
        "area=%C3%28|area validation.query.encoding",
        "area=%ED%A0%80|area validation.query.encoding",
        "area=%zz|area validation.query.encoding",
        "area=%4|area validation.query.encoding",
        "%00=x|query validation.query.encoding",
      })
  void refusesControlCharactersAndMalformedEncodingNamingTheParameter(
      String query, String expected) {
    assertEquals(List.of(expected), problems(query));
  }

  @Test
  void refusesOverlongValuesAndTooManyParameters() {
    assertEquals(
        List.of("q validation.text.tooLong"),
        problems("q=" + "あ".repeat(RequestParameters.MAX_VALUE + 1)));
    assertEquals(
        List.of("query validation.query.tooMany"),
        problems("a=1&".repeat(RequestParameters.MAX_COUNT + 1)));
  }

  @Test
  void formFieldsMayHoldLineBreaksButNoOtherControlCharacter() {
    assertTrue(
        RequestParameters.checkForm(Map.of("f:body", new String[] {"一行目\r\n二行目\tタブ"})).isEmpty());
    assertEquals(
        "f:name",
        RequestParameters.checkForm(Map.of("f:name", new String[] {"a\u0000"})).get(0).field());
    assertEquals(
        1, RequestParameters.checkForm(Map.of("f:x", new String[] {"ok", "\ud800"})).size());
  }

  @Test
  void decodesStrictly() {
    assertEquals("a b+c", RequestParameters.decode("a+b%2Bc"));
    assertNull(RequestParameters.decode("%"));
    assertNull(RequestParameters.decode("%FF"));
  }
}
