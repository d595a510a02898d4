package dev.ballast.reports;

import dev.ballast.evaluation.ConfidenceInterval;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** HTML escaping and number formatting for the report page. */
final class Html {
  private Html() {}

  /** Escapes text for element content and quoted attribute values. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** Three decimals, or "n/a" for an undefined (NaN) value. */
  static String number(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }

  static String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "n/a";
  }

  /** {@code value} followed by its interval, e.g. {@code 0.712 [0.650, 0.771]}. */
  static String withInterval(double value, Optional<ConfidenceInterval> interval) {
    return number(value) + interval.map(ci -> " <span class=\"ci\">[" + number(ci.lower()) + ", "
        + number(ci.upper()) + "]</span>").orElse("");
  }

  static String image(byte[] png, String alt) {
    return "<img alt=\"" + escape(alt) + "\" src=\"data:image/png;base64,"
        + Base64.getEncoder().encodeToString(png) + "\">";
  }
}
