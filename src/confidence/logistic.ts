/**
 * L2-regularized logistic regression fitted by Newton's method (iteratively reweighted least squares).
 * Small and exact: calibration sets have hundreds of rows and tens of features.
 */

export interface LogisticFit {
  intercept: number
  weights: number[]
  /** Newton iterations taken. */
  iterations: number
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the intercept), on standardized features. Default 1. */
  l2?: number
  maxIterations?: number
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))
}

/** Solves `A x = b` for a symmetric positive definite `A` (Cholesky); `A` is n×n row-major. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  const l: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0))
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i]![j]!
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!
      if (i === j) l[i]![i] = Math.sqrt(Math.max(sum, 1e-12))
      else l[i]![j] = sum / l[j]![j]!
    }
  }
  const y = new Array<number>(n).fill(0)
  for (let i = 0; i < n; i++) {
    let sum = b[i]!
    for (let k = 0; k < i; k++) sum -= l[i]![k]! * y[k]!
    y[i] = sum / l[i]![i]!
  }
  const x = new Array<number>(n).fill(0)
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!
    for (let k = i + 1; k < n; k++) sum -= l[k]![i]! * x[k]!
    x[i] = sum / l[i]![i]!
  }
  return x
}

/** Fits `P(y = 1 | x) = sigmoid(intercept + weights · x)`; `x` rows should be standardized. */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], options: LogisticOptions = {}): LogisticFit {
  const l2 = options.l2 ?? 1
  const maxIterations = options.maxIterations ?? 100
  if (x.length !== y.length) throw new TypeError(`fitLogistic: ${x.length} rows but ${y.length} labels`)
  if (!(l2 >= 0)) throw new TypeError(`fitLogistic: l2 must be >= 0, got ${l2}`)
  const d = x[0]?.length ?? 0
  // theta[0] is the intercept; a tiny penalty on it keeps a one-class fold finite.
  const theta = new Array<number>(d + 1).fill(0)
  const penalty = (k: number): number => (k === 0 ? 1e-4 : l2)
  let iterations = 0
  for (; iterations < maxIterations; iterations++) {
    const gradient = theta.map((t, k) => penalty(k) * t)
    const hessian = Array.from({ length: d + 1 }, (_, i) => Array.from({ length: d + 1 }, (_, j) => (i === j ? penalty(i) : 0)))
    for (let r = 0; r < x.length; r++) {
      const row = x[r]!
      let z = theta[0]!
      for (let k = 0; k < d; k++) z += theta[k + 1]! * row[k]!
      const p = sigmoid(z)
      const w = Math.max(p * (1 - p), 1e-10)
      const residual = p - y[r]!
      const features = [1, ...row]
      for (let i = 0; i <= d; i++) {
        gradient[i]! += residual * features[i]!
        for (let j = 0; j <= i; j++) hessian[i]![j]! += w * features[i]! * features[j]!
      }
    }
    for (let i = 0; i <= d; i++) for (let j = 0; j < i; j++) hessian[j]![i] = hessian[i]![j]!
    const step = solve(hessian, gradient)
    let size = 0
    for (let k = 0; k <= d; k++) {
      theta[k]! -= step[k]!
      size = Math.max(size, Math.abs(step[k]!))
    }
    if (size < 1e-9) {
      iterations++
      break
    }
  }
  return { intercept: theta[0]!, weights: theta.slice(1), iterations }
}
