package dev.ballast.encoders.onnx;

import ai.onnx.proto.OnnxMl;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tribuo.util.onnx.ONNXAttribute;
import org.tribuo.util.onnx.ONNXContext;
import org.tribuo.util.onnx.ONNXInitializer;
import org.tribuo.util.onnx.ONNXNode;
import org.tribuo.util.onnx.ONNXOperator;
import org.tribuo.util.onnx.ONNXOperators;
import org.tribuo.util.onnx.ONNXPlaceholder;

/** Tiny ONNX models, built with tribuo-util-onnx, whose outputs are easy to compute by hand. */
public final class TinyModels {
  public static final int FRAME_SAMPLES = 160;
  static final int HIDDEN = 3;

  private TinyModels() {}

  /** Operators tribuo-util-onnx does not list; both are in the default domain at its opset. */
  private enum ExtraOps implements ONNXOperator {
    MAT_MUL("MatMul"), RESHAPE("Reshape");

    private final String opName;

    ExtraOps(String opName) {
      this.opName = opName;
    }

    @Override
    public String getOpName() {
      return opName;
    }

    @Override
    public int getNumInputs() {
      return 2;
    }

    @Override
    public int getNumOptionalInputs() {
      return 0;
    }

    @Override
    public int getNumOutputs() {
      return 1;
    }

    @Override
    public Map<String, ONNXAttribute> getAttributes() {
      return Map.of();
    }

    @Override
    public Set<String> getMandatoryAttributeNames() {
      return Set.of();
    }

    @Override
    public int getOpVersion() {
      return ONNXOperators.getOpsetVersion();
    }

    @Override
    public String getOpDomain() {
      return ONNXOperators.IDENTITY.getOpDomain();
    }
  }

  /** Weight of sample {@code i} of a frame in hidden unit {@code d}. */
  static float weight(int i, int d) {
    return switch (d) {
      case 0 -> 1f / FRAME_SAMPLES; // frame mean
      case 1 -> (i % 2 == 0 ? 1f : -1f) / FRAME_SAMPLES; // alternating: high-frequency content
      default -> i == 0 ? 1f : 0f; // first sample of the frame
    };
  }

  /**
   * {@code waveform float[1][samples]} (samples a multiple of 160) to {@code hidden
   * float[1][samples/160][3]} = frames times {@link #weight}, and {@code summary float[1][3]}, the
   * mean of {@code hidden} over frames.
   */
  static void writeWaveformModel(Path file) throws IOException {
    ONNXContext ctx = new ONNXContext();
    ctx.setName("tiny-waveform");
    ONNXPlaceholder input = ctx.floatInput("waveform", 1);
    ONNXPlaceholder hiddenOut = ctx.floatOutput("hidden", HIDDEN);
    ONNXPlaceholder summaryOut = ctx.floatOutput("summary", HIDDEN);
    ONNXInitializer shape = ctx.array("frame_shape", new long[] {1, -1, FRAME_SAMPLES});
    ONNXInitializer weights = ctx.floatTensor("weights", List.of(FRAME_SAMPLES, HIDDEN), buf -> {
      for (int i = 0; i < FRAME_SAMPLES; i++) {
        for (int d = 0; d < HIDDEN; d++) {
          buf.put(weight(i, d));
        }
      }
    });
    ONNXNode framed = input.apply(ExtraOps.RESHAPE, shape);
    ONNXNode hidden = framed.apply(ExtraOps.MAT_MUL, weights);
    ONNXNode summary = hidden.apply(ONNXOperators.REDUCE_MEAN,
        Map.of("axes", new int[] {1}, "keepdims", 0));
    hidden.assignTo(hiddenOut);
    summary.assignTo(summaryOut);
    OnnxMl.GraphProto graph = ctx.buildGraph().toBuilder()
        .clearInput().addInput(valueInfo("waveform", "1", "samples"))
        .clearOutput().addOutput(valueInfo("hidden", "1", "frames", "3"))
        .addOutput(valueInfo("summary", "1", "3"))
        .build();
    write(graph, file);
  }

  /** Weight of sample {@code i} of a frame in unit {@code d} of layer {@code layer}. */
  static float layerWeight(int layer, int i, int d) {
    return (float) Math.cos(0.37 * (layer + 1) * (i + 1) + 1.3 * d) / FRAME_SAMPLES;
  }

  /**
   * {@code waveform float[1][samples]} (a multiple of 160) to outputs {@code layer0..} each
   * {@code float[1][samples/160][dim]} = frames times {@link #layerWeight}: stand-ins for the
   * hidden layers of a pretrained encoder.
   */
  public static void writeLayersModel(Path file, int layers, int dim) throws IOException {
    ONNXContext ctx = new ONNXContext();
    ctx.setName("tiny-layers");
    ONNXPlaceholder input = ctx.floatInput("waveform", 1);
    ONNXInitializer shape = ctx.array("frame_shape", new long[] {1, -1, FRAME_SAMPLES});
    ONNXNode framed = input.apply(ExtraOps.RESHAPE, shape);
    OnnxMl.GraphProto.Builder graph = null;
    for (int l = 0; l < layers; l++) {
      int layer = l;
      ONNXPlaceholder out = ctx.floatOutput("layer" + l, dim);
      ONNXInitializer w = ctx.floatTensor("w" + l, List.of(FRAME_SAMPLES, dim), buf -> {
        for (int i = 0; i < FRAME_SAMPLES; i++) {
          for (int d = 0; d < dim; d++) {
            buf.put(layerWeight(layer, i, d));
          }
        }
      });
      framed.apply(ExtraOps.MAT_MUL, w).assignTo(out);
    }
    graph = ctx.buildGraph().toBuilder().clearInput()
        .addInput(valueInfo("waveform", "1", "samples")).clearOutput();
    for (int l = 0; l < layers; l++) {
      graph.addOutput(valueInfo("layer" + l, "1", "frames", Integer.toString(dim)));
    }
    write(graph.build(), file);
  }

  /** {@code fbank float[1][frame][mel]} to {@code frames}, the same values (Identity). */
  static void writeFbankModel(Path file, int melBins) throws IOException {
    ONNXContext ctx = new ONNXContext();
    ctx.setName("tiny-fbank");
    ONNXPlaceholder input = ctx.floatInput("fbank", melBins);
    ONNXPlaceholder out = ctx.floatOutput("frames", melBins);
    input.apply(ONNXOperators.IDENTITY).assignTo(out);
    String mel = Integer.toString(melBins);
    OnnxMl.GraphProto graph = ctx.buildGraph().toBuilder()
        .clearInput().addInput(valueInfo("fbank", "1", "frames", mel))
        .clearOutput().addOutput(valueInfo("frames", "1", "frames", mel))
        .build();
    write(graph, file);
  }

  /** A float tensor value; a numeric dim is fixed, any other text names a dynamic one. */
  private static OnnxMl.ValueInfoProto valueInfo(String name, String... dims) {
    OnnxMl.TensorShapeProto.Builder shape = OnnxMl.TensorShapeProto.newBuilder();
    for (String d : dims) {
      OnnxMl.TensorShapeProto.Dimension.Builder dim = OnnxMl.TensorShapeProto.Dimension.newBuilder();
      if (d.chars().allMatch(Character::isDigit)) {
        dim.setDimValue(Long.parseLong(d));
      } else {
        dim.setDimParam(d);
      }
      shape.addDim(dim);
    }
    OnnxMl.TypeProto type = OnnxMl.TypeProto.newBuilder()
        .setTensorType(OnnxMl.TypeProto.Tensor.newBuilder()
            .setElemType(OnnxMl.TensorProto.DataType.FLOAT.getNumber()).setShape(shape))
        .build();
    return OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(type).build();
  }

  private static void write(OnnxMl.GraphProto graph, Path file) throws IOException {
    OnnxMl.ModelProto model = OnnxMl.ModelProto.newBuilder()
        .setIrVersion(7)
        .addOpsetImport(ONNXOperators.getOpsetProto())
        .setProducerName("ballast-test")
        .setGraph(graph)
        .build();
    try (OutputStream out = Files.newOutputStream(file)) {
      model.writeTo(out);
    }
  }
}
