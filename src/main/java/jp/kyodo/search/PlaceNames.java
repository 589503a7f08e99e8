package jp.kyodo.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.ja.dict.UserDictionary;

/**
 * The ward's place names ({@code places.csv}) as a kuromoji user dictionary, so that every feature
 * that cuts Japanese into words (search, the key points of a topic) keeps 三軒茶屋 one word. The
 * dictionary is immutable and shared; user entries carry the part of speech {@code 地名} (places) or
 * {@code 名詞}.
 */
public final class PlaceNames {
  private PlaceNames() {}

  private static final class Holder {
    static final UserDictionary DICTIONARY = open(csv());
  }

  /** The place names dictionary, read once. */
  public static UserDictionary dictionary() {
    return Holder.DICTIONARY;
  }

  /** The dictionary's source, as search hashes it into its index version. */
  static String csv() {
    return resource("places.csv");
  }

  static UserDictionary open(String csv) {
    try {
      return UserDictionary.open(new StringReader(csv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text resource of the search package. */
  static String resource(String name) {
    try (InputStream in = PlaceNames.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
