package dev.ballast.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballast.data.TaskKind;
import dev.ballast.encoders.EncoderSpec;
import dev.ballast.encoders.Encoders;
import dev.ballast.heads.DenseLayer;
import dev.ballast.heads.GroupNormalizer;
import dev.ballast.heads.Head;
import dev.ballast.heads.HeadKind;
import dev.ballast.heads.MultiTaskNetwork;
import dev.ballast.heads.Standardizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBundleTest {
  @TempDir Path dir;

  /** A small model with fixed random weights, like the one saved in {@code model-v1.ballast}. */
  static ModelBundle fixture() {
    EncoderSpec spec = Encoders.create("fbank-stats").spec();
    int dim = Encoders.create(spec).dimension();
    Random r = new Random(42);
    float[] mean = new float[dim];
    float[] scale = new float[dim];
    for (int i = 0; i < dim; i++) {
      mean[i] = (float) r.nextGaussian();
      scale[i] = 0.5f + r.nextFloat();
    }
    return new ModelBundle(ModelBundle.FORMAT_VERSION, spec, new Standardizer(mean, scale),
        new MultiTaskNetwork(List.of(layer(r, 8, dim)), List.of(
            new Head("emotion", HeadKind.SOFTMAX, layer(r, 3, 8)),
            new Head("sounds", HeadKind.SIGMOID, layer(r, 2, 8)))),
        List.of(new TaskModel("emotion", TaskKind.SINGLE_LABEL, List.of("anger", "joy", "sad"),
                new float[] {-0.5f, -1f, -2f}, new float[0]),
            new TaskModel("sounds", TaskKind.MULTI_LABEL, List.of("crackle", "wheeze"),
                new float[2], new float[] {0.3f, 0.6f})),
        Map.of("seed", 7, "recipe", "balanced"));
  }

  static DenseLayer layer(Random r, int out, int in) {
    float[][] w = new float[out][in];
    float[] b = new float[out];
    for (int o = 0; o < out; o++) {
      b[o] = (float) r.nextGaussian() * 0.1f;
      for (int i = 0; i < in; i++) {
        w[o][i] = (float) r.nextGaussian() * 0.2f;
      }
    }
    return new DenseLayer(w, b);
  }

  static float[] embedding() {
    Random r = new Random(3);
    float[] x = new float[fixture().standardizer().mean().length];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) r.nextGaussian();
    }
    return x;
  }

  @Test
  void saveLoadRoundTripPredictsTheSame() throws Exception {
    Path f = dir.resolve("m.ballast");
    fixture().save(f);
    Predictor a = new Predictor(fixture());
    Predictor b = Predictor.load(f);
    assertEquals(describe(a.predictEmbedding(embedding())), describe(b.predictEmbedding(embedding())));
    assertEquals(7, b.bundle().provenance().get("seed"));
  }

  /**
   * A model written by release 0.1.0 must keep loading and predicting the same. The resource was
   * made once with env {@code BALLAST_WRITE_FIXTURE=PATH}; never regenerate it to make this pass.
   */
  @Test
  void modelSavedByOlderReleaseStillLoads() throws Exception {
    String write = System.getenv("BALLAST_WRITE_FIXTURE");
    if (write != null) {
      fixture().save(Path.of(write));
    }
    Path old = Path.of(ModelBundleTest.class.getResource("/model-v1.ballast").toURI());
    Predictor p = Predictor.load(old);
    Map<String, TaskOutput> out = p.predictEmbedding(embedding());
    assertEquals(describe(new Predictor(fixture()).predictEmbedding(embedding())), describe(out));
    assertTrue(out.get("emotion") instanceof TaskOutput.Single);
  }

  static String describe(Map<String, TaskOutput> out) {
    StringBuilder sb = new StringBuilder();
    out.forEach((task, o) -> sb.append(task).append(':').append(o instanceof TaskOutput.Single s
        ? s.label() : ((TaskOutput.Multi) o).labels()).append(o.probabilities()).append(';'));
    return sb.toString();
  }

  @Test
  void damagedOrForeignFilesSayWhat() throws Exception {
    Path junk = dir.resolve("junk.ballast");
    Files.writeString(junk, "not a zip");
    assertTrue(assertThrows(java.io.IOException.class, () -> ModelBundle.load(junk)).getMessage()
        .contains("is not a Ballast model"));
    assertTrue(assertThrows(java.io.IOException.class,
        () -> ModelBundle.load(dir.resolve("none.ballast"))).getMessage()
        .contains("does not exist; train one with `ballast train`"));
  }

  @Test
  void decisionStageAppliesLogitAdjustmentAndThresholds() {
    TaskModel single = fixture().tasks().get(0);
    // raw logits favour anger; removing the prior offsets (-0.5, -1, -2) gives (1.5, 1.2, 2.0)
    TaskOutput.Single s = (TaskOutput.Single) single.decide(new float[] {1f, 0.2f, 0f});
    assertEquals("sad", s.label());
    TaskModel multi = fixture().tasks().get(1);
    TaskOutput.Multi m = (TaskOutput.Multi) multi.decide(new float[] {-0.5f, 0.2f});
    // sigmoid(-0.5)=0.378 >= 0.3; sigmoid(0.2)=0.550 < 0.6
    assertEquals(List.of("crackle"), m.labels());
  }

  /** The fixture with speaker normalisation in front of its standardiser. */
  static ModelBundle groupNormalized(int formatVersion, GroupNormalizer.Mode mode) {
    ModelBundle f = fixture();
    int dim = f.standardizer().mean().length;
    int in = mode == GroupNormalizer.Mode.APPEND ? dim / 2 : dim;
    float[] var = new float[in];
    java.util.Arrays.fill(var, 2f);
    return new ModelBundle(formatVersion, f.encoder(), f.standardizer(), f.network(), f.tasks(),
        f.provenance(), null, new GroupNormalizer(mode, 2, new float[in], var));
  }

  @Test
  void aGroupNormalisedModelHasItsOwnFormatAndSavesItsNormaliser() throws Exception {
    ModelBundle b = groupNormalized(ModelBundle.GROUP_NORMALIZED_FORMAT_VERSION,
        GroupNormalizer.Mode.REPLACE);
    Path f = dir.resolve("g.ballast");
    b.save(f);
    ModelBundle loaded = ModelBundle.load(f);
    assertEquals(3, loaded.formatVersion());
    assertEquals(GroupNormalizer.Mode.REPLACE, loaded.groupNormalizer().mode());
    assertEquals(2f, loaded.groupNormalizer().variance()[5]);
    List<float[]> clips = List.of(embedding(), new float[embedding().length]);
    List<Map<String, float[]>> a = new Predictor(b).groupLogits(clips);
    List<Map<String, float[]>> c = new Predictor(loaded).groupLogits(clips);
    for (int i = 0; i < 2; i++) {
      assertTrue(java.util.Arrays.equals(a.get(i).get("emotion"), c.get(i).get("emotion")));
    }
    // a model without one still writes no such field and keeps format 1
    fixture().save(dir.resolve("p.ballast"));
    assertTrue(!readEntry(dir.resolve("p.ballast")).contains("groupNormalizer"));

    IllegalArgumentException old = assertThrows(IllegalArgumentException.class,
        () -> groupNormalized(ModelBundle.FORMAT_VERSION, GroupNormalizer.Mode.REPLACE));
    assertEquals("a model with group normalisation has format version 3, got 1", old.getMessage());
    ModelBundle p = fixture();
    int dim = p.standardizer().mean().length;
    IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
        () -> new ModelBundle(3, p.encoder(), p.standardizer(), p.network(), p.tasks(),
            p.provenance(), null, new GroupNormalizer(GroupNormalizer.Mode.APPEND, 2,
                new float[dim], new float[dim])));
    assertEquals("group normaliser gives " + 2 * dim + " dimensions but the standardiser takes "
        + dim, width.getMessage());
  }

  private static String readEntry(Path file) throws Exception {
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
        Files.newInputStream(file))) {
      zip.getNextEntry();
      return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
