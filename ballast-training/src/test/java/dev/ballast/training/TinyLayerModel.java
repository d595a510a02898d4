package dev.ballast.training;

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
import org.tribuo.util.onnx.ONNXOperator;
import org.tribuo.util.onnx.ONNXOperators;
import org.tribuo.util.onnx.ONNXPlaceholder;

/**
 * A tiny stand-in for a pretrained encoder, built with tribuo-util-onnx: {@code waveform
 * float[1][samples]} (a multiple of 160) to outputs {@code layer0..} of {@code float[1][frame][dim]},
 * each frame of 160 samples times a fixed cosine matrix per layer.
 */
final class TinyLayerModel {
  static final int FRAME_SAMPLES = 160;

  private TinyLayerModel() {}

  /** Two-input default-domain operators tribuo-util-onnx does not list. */
  private enum Op implements ONNXOperator {
    MAT_MUL("MatMul"), RESHAPE("Reshape");

    private final String opName;

    Op(String opName) {
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

  /** Writes the model and its config ({@code pooling} as given) as {@code dir/layers.onnx|json}. */
  static Path write(Path dir, int layers, int dim, String pooling) throws IOException {
    ONNXContext ctx = new ONNXContext();
    ctx.setName("tiny-layers");
    ONNXPlaceholder input = ctx.floatInput("waveform", 1);
    var framed = input.apply(Op.RESHAPE, ctx.array("frame_shape",
        new long[] {1, -1, FRAME_SAMPLES}));
    StringBuilder outputs = new StringBuilder();
    for (int l = 0; l < layers; l++) {
      int layer = l;
      ONNXInitializer w = ctx.floatTensor("w" + l, List.of(FRAME_SAMPLES, dim), buf -> {
        for (int i = 0; i < FRAME_SAMPLES; i++) {
          for (int d = 0; d < dim; d++) {
            buf.put((float) Math.cos(0.21 * (layer + 2) * (i + 1) + 0.9 * d) * 8 / FRAME_SAMPLES);
          }
        }
      });
      framed.apply(Op.MAT_MUL, w).assignTo(ctx.floatOutput("layer" + l, dim));
      outputs.append(l == 0 ? "" : ", ").append("\"layer").append(l).append('"');
    }
    OnnxMl.GraphProto.Builder graph = ctx.buildGraph().toBuilder().clearInput()
        .addInput(valueInfo("waveform", "1", "samples")).clearOutput();
    for (int l = 0; l < layers; l++) {
      graph.addOutput(valueInfo("layer" + l, "1", "frames", Integer.toString(dim)));
    }
    OnnxMl.ModelProto model = OnnxMl.ModelProto.newBuilder().setIrVersion(7)
        .addOpsetImport(ONNXOperators.getOpsetProto()).setProducerName("ballast-test")
        .setGraph(graph).build();
    Path file = dir.resolve("layers.onnx");
    try (OutputStream out = Files.newOutputStream(file)) {
      model.writeTo(out);
    }
    Files.writeString(dir.resolve("layers.json"), "{\"inputKind\": \"waveform\", "
        + "\"sampleRateHz\": 16000, \"outputs\": [" + outputs + "], \"windowSec\": 0.4, "
        + "\"overlapSec\": 0.1, \"pooling\": \"" + pooling + "\"}");
    return file;
  }

  private static OnnxMl.ValueInfoProto valueInfo(String name, String... dims) {
    OnnxMl.TensorShapeProto.Builder shape = OnnxMl.TensorShapeProto.newBuilder();
    for (String d : dims) {
      var dim = OnnxMl.TensorShapeProto.Dimension.newBuilder();
      if (d.chars().allMatch(Character::isDigit)) {
        dim.setDimValue(Long.parseLong(d));
      } else {
        dim.setDimParam(d);
      }
      shape.addDim(dim);
    }
    return OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(OnnxMl.TypeProto.newBuilder()
        .setTensorType(OnnxMl.TypeProto.Tensor.newBuilder()
            .setElemType(OnnxMl.TensorProto.DataType.FLOAT.getNumber()).setShape(shape)))
        .build();
  }
}
