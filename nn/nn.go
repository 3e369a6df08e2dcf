// Package nn holds the numeric kernels shared by factgraph's linear models
// (ner, relation): the weight store of an averaged perceptron used while
// training, the sparse int16-quantized matrix the trained weights are
// compacted into for inference, and the little-endian encoding of that
// matrix inside a model file (see internal/modelfile for the frame).
//
// A model keys its rows by 64-bit feature hash and its columns by label; the
// package knows nothing of features or labels beyond their numbers.
package nn
