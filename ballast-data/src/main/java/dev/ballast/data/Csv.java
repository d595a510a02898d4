package dev.ballast.data;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: comma separated, double-quoted fields may hold commas, quotes and newlines. */
public final class Csv {
  private Csv() {}

  /** Parses a whole document into records of fields; a trailing newline adds no record. */
  public static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
        continue;
      }
      if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }

  /** Quotes a field when it needs it. */
  public static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  public static String line(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(quote(fields.get(i)));
    }
    return sb.toString();
  }
}
