import onnxProto, { type onnx as Proto } from 'onnx-proto';
import type { LinearModel } from '../classifier/linear.ts';
import { FEATURE_BITS, FEATURE_DIM, MAX_FEATURES } from '../engine/features.ts';

// onnx-proto is CommonJS: its namespace arrives as the default export.
const { onnx } = onnxProto;

/**
 * Writes the linear classifier as an ONNX model:
 *   features int32 [batch, MAX_FEATURES] (padded with the zero-weight index FEATURE_DIM)
 *   -> Gather(weights) -> ReduceSum(axis 1) -> Add(bias) -> Sigmoid -> probability float [batch]
 *   -> Gather(known) / count of non-padding features                -> coverage float [batch]
 * Metadata carries the version and the training-data hash (`redflag --version` prints them).
 */
export function exportOnnx(model: LinearModel, metadata: Record<string, string>): Uint8Array {
  const { FLOAT, INT32, INT64 } = onnx.TensorProto.DataType;
  const INT = onnx.AttributeProto.AttributeType.INT;
  const node = (opType: string, input: string[], output: string[], attribute: Proto.IAttributeProto[] = []): Proto.INodeProto => ({
    opType,
    input,
    output,
    name: output[0],
    attribute,
  });
  const graph: Proto.IGraphProto = {
    name: 'redflag_linear',
    input: [tensorType('features', INT32, ['batch', MAX_FEATURES])],
    output: [tensorType('probability', FLOAT, ['batch']), tensorType('coverage', FLOAT, ['batch'])],
    initializer: [
      { name: 'weights', dataType: FLOAT, dims: [FEATURE_DIM + 1], rawData: bytesOf(model.weights) },
      { name: 'bias', dataType: FLOAT, dims: [], rawData: bytesOf(Float32Array.of(model.bias)) },
      { name: 'axes', dataType: INT64, dims: [1], int64Data: [1] },
      { name: 'known', dataType: FLOAT, dims: [FEATURE_DIM + 1], rawData: bytesOf(Float32Array.from(model.known)) },
      // 1 for every feature index, 0 for the padding index: Gather + ReduceSum counts real features.
      { name: 'present', dataType: FLOAT, dims: [FEATURE_DIM + 1], rawData: bytesOf(Float32Array.from({ length: FEATURE_DIM + 1 }, (_, i) => (i === FEATURE_DIM ? 0 : 1))) },
      { name: 'one', dataType: FLOAT, dims: [], rawData: bytesOf(Float32Array.of(1)) },
    ],
    node: [
      node('Gather', ['weights', 'features'], ['gathered'], [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }]),
      node('ReduceSum', ['gathered', 'axes'], ['summed'], [{ name: 'keepdims', type: onnx.AttributeProto.AttributeType.INT, i: 0 }]),
      node('Add', ['summed', 'bias'], ['logit']),
      node('Sigmoid', ['logit'], ['probability']),
      node('Gather', ['known', 'features'], ['known_gathered'], [{ name: 'axis', type: INT, i: 0 }]),
      node('ReduceSum', ['known_gathered', 'axes'], ['known_count'], [{ name: 'keepdims', type: INT, i: 0 }]),
      node('Gather', ['present', 'features'], ['present_gathered'], [{ name: 'axis', type: INT, i: 0 }]),
      node('ReduceSum', ['present_gathered', 'axes'], ['feature_count'], [{ name: 'keepdims', type: INT, i: 0 }]),
      node('Max', ['feature_count', 'one'], ['denominator']),
      node('Div', ['known_count', 'denominator'], ['coverage']),
    ],
  };
  const proto = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'redflag',
    producerVersion: metadata.version ?? '',
    opsetImport: [{ domain: '', version: 13 }],
    graph,
    metadataProps: Object.entries({ ...metadata, feature_bits: String(FEATURE_BITS), max_features: String(MAX_FEATURES) }).map(([key, value]) => ({ key, value })),
  });
  return onnx.ModelProto.encode(proto).finish();
}

function tensorType(name: string, elemType: number, dims: Array<string | number>): Proto.IValueInfoProto {
  return {
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } } },
  };
}

function bytesOf(a: Float32Array): Uint8Array {
  return new Uint8Array(a.buffer.slice(a.byteOffset, a.byteOffset + a.byteLength));
}
