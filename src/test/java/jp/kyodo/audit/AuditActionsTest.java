package jp.kyodo.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.kyodo.moderation.Decision;
import jp.kyodo.platform.Messages;
import jp.kyodo.topic.TopicService;
import org.junit.jupiter.api.Test;

/**
 * Every action the code writes to the audit log is listed in {@link AuditActions} and has words in
 * both languages, so the audit page never shows {@code moderation.approve}.
 */
class AuditActionsTest {
  private static final Pattern RECORD = Pattern.compile("(?:audit|auditLog)\\.record\\(");
  private static final Pattern DOTTED = Pattern.compile("\"([a-z_-]+(?:\\.[a-z_-]*)+)\"");

  @Test
  void everyRecordedActionIsListed() throws IOException {
    List<String> recorded = recordedActionLiterals();
    assertFalse(recorded.isEmpty(), "the scan finds the audit calls");
    for (String literal : recorded) {
      if (literal.endsWith(".")) {
        assertTrue(
            AuditActions.ALL.stream().anyMatch(a -> a.startsWith(literal)),
            "a family of actions recorded by concatenation: " + literal);
      } else {
        assertTrue(AuditActions.ALL.contains(literal), "listed in AuditActions: " + literal);
      }
    }
    for (Decision d : Decision.values()) {
      assertTrue(AuditActions.ALL.contains("moderation." + d.code()), d.code());
    }
    for (String kind : List.of("warn", "suspend", "ban")) {
      assertTrue(AuditActions.ALL.contains("sanction." + kind), kind);
    }
    for (TopicService.Step step : TopicService.Step.values()) {
      assertTrue(
          AuditActions.ALL.contains("topic." + step.name().toLowerCase(Locale.ROOT)), step.name());
    }
  }

  @Test
  void everyActionFamilyAndTargetTypeHasWordsInBothLanguages() {
    for (Locale l : Messages.SUPPORTED) {
      for (String a : AuditActions.ALL) {
        assertTrue(Messages.has(l, "audit.action." + a), l + " audit.action." + a);
      }
      for (String g : AuditActions.groups()) {
        assertTrue(Messages.has(l, "audit.group." + g), l + " audit.group." + g);
      }
      for (String t : AuditActions.TARGET_TYPES) {
        assertTrue(Messages.has(l, "audit.targetType." + t), l + " audit.targetType." + t);
      }
    }
    assertEquals("モデレーション：承認", Messages.get(Locale.JAPANESE, "audit.action.moderation.approve"));
  }

  /** The dotted string literals among the arguments of every audit record call in the sources. */
  private static List<String> recordedActionLiterals() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(f);
        Matcher call = RECORD.matcher(source);
        while (call.find()) {
          String args = arguments(source, call.end());
          Matcher literal = DOTTED.matcher(args);
          while (literal.find()) {
            found.add(literal.group(1));
          }
        }
      }
    }
    return found;
  }

  /** The text up to the parenthesis that closes the call, string literals skipped. */
  private static String arguments(String source, int start) {
    int depth = 1;
    boolean inString = false;
    for (int i = start; i < source.length(); i++) {
      char c = source.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return source.substring(start, i);
      }
    }
    return source.substring(start);
  }
}
