package dev.ballast.data;

/** A manifest that cannot be used: wrong columns, bad cells, labels unknown to the model. */
public class ManifestException extends Exception {
  private static final long serialVersionUID = 1L;

  public ManifestException(String message) {
    super(message);
  }
}
