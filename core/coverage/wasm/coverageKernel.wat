;; The coverage kernel's per-cell pass in WebAssembly SIMD (f32x4, four points per step), the same
;; models as the JavaScript reference (core/coverage/cellAccumulationJs.ts with
;; core/radio/antenna/beamGainKernel.ts and core/radio/propagation/umaFamilyFastPath.ts):
;; - sitePathLoss: TR 38.901 UMa / TR 36.777 UMa-AV mean path loss (linear-domain LOS/NLOS mean,
;;   radio-models.md §4.4) and the combined shadow-fading σ of one site for one UT height;
;; - cellPass: ENU → LCS rotation (TR 38.901 §7.1), Table 7.3-1 element pattern, closed-form array
;;   factor of every SSB beam (§7.3, radio-models.md §2.3), best beam and linear mean over beams,
;;   SS-RSRP (§4.4) and the best-server / interference accumulation of coverageTile.ts, all in mW:
;;   cells compare by linear RSRP (the same order as in dBm), so no logarithm per point and cell.
;; Memory layout (byte offsets, all little-endian f32 unless marked i32) is written by
;; wasmCoverageKernel.ts; keep the two in step. Edit this file, then run
;; `node scripts/buildWasmKernels.mjs` to regenerate coverageKernelBytes.ts.
;;
;; Approximations (f32x4; the polynomial coefficients are those of Cephes' expf, logf, sinf/cosf and
;; atanf by S. L. Moshier). Error bounds as asserted by coverageKernel.test.ts against Math:
;;   $exp      e^x: Cody–Waite reduction by ln 2, degree-6 polynomial; relative error < 3e-7 on
;;             [-86, 88]; below -86 it gives e^-86 (≈ 4e-38: zero for every use here).
;;   $ln       ln x for normal x > 0: mantissa in [√½, √2), degree-9 polynomial; absolute error
;;             < 2e-7 on [0.5, 2] and within one float32 step of the result elsewhere
;;             (< 1e-6 dB in 10·log10).
;;   $sincos   sin x and cos x: reduction by π/2 in three parts, degree-7 / degree-8 polynomials on
;;             [-π/4, π/4]; absolute error < 2e-7 for |x| ≤ 1000 rad.
;;   $atan2abs |atan2(y, x)|: reduction to |t| ≤ tan(π/8), degree-9 odd polynomial; absolute error
;;             < 3e-7 rad (the element pattern's slope is ≤ 34 dB/rad: < 1e-5 dB).
;;   $dirichlet (sin(N·h)/(N·sin h))² by the Chebyshev recurrence in float32: within 0.004 dB
;;             down to −40 dB for N ≤ 64 (kernelBlocks.ts sends larger arrays to JavaScript).
;; Float32 itself limits the kernel near the nulls of the array factor, where the gain changes by
;; many dB per milliradian: there the RSRP of a point can differ from the float64 reference by
;; 0.01 dB (deep nulls, −190 dBm); elsewhere by < 0.003 dB.
(module
  (memory (export "memory") 1)

  ;; e^x. See the header for the error bound.
  (func $exp (param $x v128) (result v128)
    (local $k v128) (local $shifted v128) (local $r v128) (local $y v128)
    (local.set $x (f32x4.pmin (f32x4.pmax (local.get $x) (v128.const f32x4 -86 -86 -86 -86)) (v128.const f32x4 88 88 88 88)))
    ;; k = round(x·log2 e): adding 1.5·2^23 leaves the rounded integer in the low mantissa bits
    ;; (cheaper than f32x4.nearest and i32x4.trunc_sat_f32x4_s, which x64 expands into long sequences).
    (local.set $shifted (f32x4.add (f32x4.mul (local.get $x) (v128.const f32x4 1.44269504088896341 1.44269504088896341 1.44269504088896341 1.44269504088896341)) (v128.const f32x4 12582912 12582912 12582912 12582912)))
    (local.set $k (f32x4.sub (local.get $shifted) (v128.const f32x4 12582912 12582912 12582912 12582912)))
    ;; r = x − k·ln2 in two parts (0.693359375 is exact in 9 bits).
    (local.set $r (f32x4.sub (local.get $x) (f32x4.mul (local.get $k) (v128.const f32x4 0.693359375 0.693359375 0.693359375 0.693359375))))
    (local.set $r (f32x4.add (local.get $r) (f32x4.mul (local.get $k) (v128.const f32x4 2.12194440e-4 2.12194440e-4 2.12194440e-4 2.12194440e-4))))
    (local.set $y (v128.const f32x4 1.9875691500e-4 1.9875691500e-4 1.9875691500e-4 1.9875691500e-4))
    (local.set $y (f32x4.add (f32x4.mul (local.get $y) (local.get $r)) (v128.const f32x4 1.3981999507e-3 1.3981999507e-3 1.3981999507e-3 1.3981999507e-3)))
    (local.set $y (f32x4.add (f32x4.mul (local.get $y) (local.get $r)) (v128.const f32x4 8.3334519073e-3 8.3334519073e-3 8.3334519073e-3 8.3334519073e-3)))
    (local.set $y (f32x4.add (f32x4.mul (local.get $y) (local.get $r)) (v128.const f32x4 4.1665795894e-2 4.1665795894e-2 4.1665795894e-2 4.1665795894e-2)))
    (local.set $y (f32x4.add (f32x4.mul (local.get $y) (local.get $r)) (v128.const f32x4 1.6666665459e-1 1.6666665459e-1 1.6666665459e-1 1.6666665459e-1)))
    (local.set $y (f32x4.add (f32x4.mul (local.get $y) (local.get $r)) (v128.const f32x4 5.0000001201e-1 5.0000001201e-1 5.0000001201e-1 5.0000001201e-1)))
    (local.set $y (f32x4.add (f32x4.add (f32x4.mul (f32x4.mul (local.get $y) (local.get $r)) (local.get $r)) (local.get $r)) (v128.const f32x4 1 1 1 1)))
    ;; × 2^k by adding k to the exponent field (k ∈ [-124, 127] after the clamp: no overflow).
    (i32x4.add (local.get $y) (i32x4.shl (i32x4.sub (local.get $shifted) (v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000)) (i32.const 23))))

  ;; ln x for normal x > 0. See the header for the error bound.
  (func $ln (param $x v128) (result v128)
    (local $e v128) (local $m v128) (local $big v128) (local $fe v128) (local $z v128) (local $y v128)
    (local.set $e (i32x4.sub (i32x4.shr_u (local.get $x) (i32.const 23)) (v128.const i32x4 127 127 127 127)))
    (local.set $m (v128.or (v128.and (local.get $x) (v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff)) (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)))
    ;; Mantissa in [1, 2): above √2 take half of it and one more in the exponent, so f = m − 1 ∈ [−0.29, 0.41].
    (local.set $big (f32x4.gt (local.get $m) (v128.const f32x4 1.41421356 1.41421356 1.41421356 1.41421356)))
    (local.set $m (v128.bitselect (f32x4.mul (local.get $m) (v128.const f32x4 0.5 0.5 0.5 0.5)) (local.get $m) (local.get $big)))
    (local.set $e (i32x4.sub (local.get $e) (local.get $big)))
    (local.set $fe (f32x4.convert_i32x4_s (local.get $e)))
    (local.set $m (f32x4.sub (local.get $m) (v128.const f32x4 1 1 1 1)))
    (local.set $z (f32x4.mul (local.get $m) (local.get $m)))
    (local.set $y (v128.const f32x4 7.0376836292e-2 7.0376836292e-2 7.0376836292e-2 7.0376836292e-2))
    (local.set $y (f32x4.add (f32x4.mul (local.get $y) (local.get $m)) (v128.const f32x4 -1.1514610310e-1 -1.1514610310e-1 -1.1514610310e-1 -1.1514610310e-1)))
    (local.set $y (f32x4.add (f32x4.mul (local.get $y) (local.get $m)) (v128.const f32x4 1.1676998740e-1 1.1676998740e-1 1.1676998740e-1 1.1676998740e-1)))
    (local.set $y (f32x4.add (f32x4.mul (local.get $y) (local.get $m)) (v128.const f32x4 -1.2420140846e-1 -1.2420140846e-1 -1.2420140846e-1 -1.2420140846e-1)))
    (local.set $y (f32x4.add (f32x4.mul (local.get $y) (local.get $m)) (v128.const f32x4 1.4249322787e-1 1.4249322787e-1 1.4249322787e-1 1.4249322787e-1)))
    (local.set $y (f32x4.add (f32x4.mul (local.get $y) (local.get $m)) (v128.const f32x4 -1.6668057665e-1 -1.6668057665e-1 -1.6668057665e-1 -1.6668057665e-1)))
    (local.set $y (f32x4.add (f32x4.mul (local.get $y) (local.get $m)) (v128.const f32x4 2.0000714765e-1 2.0000714765e-1 2.0000714765e-1 2.0000714765e-1)))
    (local.set $y (f32x4.add (f32x4.mul (local.get $y) (local.get $m)) (v128.const f32x4 -2.4999993993e-1 -2.4999993993e-1 -2.4999993993e-1 -2.4999993993e-1)))
    (local.set $y (f32x4.add (f32x4.mul (local.get $y) (local.get $m)) (v128.const f32x4 3.3333331174e-1 3.3333331174e-1 3.3333331174e-1 3.3333331174e-1)))
    (local.set $y (f32x4.mul (f32x4.mul (local.get $y) (local.get $m)) (local.get $z)))
    (local.set $y (f32x4.sub (local.get $y) (f32x4.mul (local.get $fe) (v128.const f32x4 2.12194440e-4 2.12194440e-4 2.12194440e-4 2.12194440e-4))))
    (local.set $y (f32x4.sub (local.get $y) (f32x4.mul (local.get $z) (v128.const f32x4 0.5 0.5 0.5 0.5))))
    (f32x4.add (f32x4.add (local.get $m) (local.get $y)) (f32x4.mul (local.get $fe) (v128.const f32x4 0.693359375 0.693359375 0.693359375 0.693359375))))

  ;; sin x and cos x. See the header for the error bound.
  (func $sincos (param $x v128) (result v128 v128)
    (local $k v128) (local $shifted v128) (local $q v128) (local $r v128) (local $z v128) (local $s v128) (local $c v128) (local $swap v128)
    ;; k = round(x·2/π) by the 1.5·2^23 shift, as in $exp (|x·2/π| < 2^22).
    (local.set $shifted (f32x4.add (f32x4.mul (local.get $x) (v128.const f32x4 0.636619772367581 0.636619772367581 0.636619772367581 0.636619772367581)) (v128.const f32x4 12582912 12582912 12582912 12582912)))
    (local.set $k (f32x4.sub (local.get $shifted) (v128.const f32x4 12582912 12582912 12582912 12582912)))
    (local.set $r (f32x4.sub (local.get $x) (f32x4.mul (local.get $k) (v128.const f32x4 1.5703125 1.5703125 1.5703125 1.5703125))))
    (local.set $r (f32x4.sub (local.get $r) (f32x4.mul (local.get $k) (v128.const f32x4 4.837512969970703125e-4 4.837512969970703125e-4 4.837512969970703125e-4 4.837512969970703125e-4))))
    (local.set $r (f32x4.sub (local.get $r) (f32x4.mul (local.get $k) (v128.const f32x4 7.54978995489188216e-8 7.54978995489188216e-8 7.54978995489188216e-8 7.54978995489188216e-8))))
    (local.set $z (f32x4.mul (local.get $r) (local.get $r)))
    ;; sin r = r + r·z·(S1 + z·(S2 + z·S3)), cos r = 1 − z/2 + z²·(C1 + z·(C2 + z·C3)) on |r| ≤ π/4.
    (local.set $s (f32x4.add (f32x4.mul (local.get $z) (v128.const f32x4 -1.9515295891e-4 -1.9515295891e-4 -1.9515295891e-4 -1.9515295891e-4)) (v128.const f32x4 8.3321608736e-3 8.3321608736e-3 8.3321608736e-3 8.3321608736e-3)))
    (local.set $s (f32x4.add (f32x4.mul (local.get $s) (local.get $z)) (v128.const f32x4 -1.6666654611e-1 -1.6666654611e-1 -1.6666654611e-1 -1.6666654611e-1)))
    (local.set $s (f32x4.add (f32x4.mul (f32x4.mul (local.get $s) (local.get $z)) (local.get $r)) (local.get $r)))
    (local.set $c (f32x4.add (f32x4.mul (local.get $z) (v128.const f32x4 2.443315711809948e-5 2.443315711809948e-5 2.443315711809948e-5 2.443315711809948e-5)) (v128.const f32x4 -1.388731625493765e-3 -1.388731625493765e-3 -1.388731625493765e-3 -1.388731625493765e-3)))
    (local.set $c (f32x4.add (f32x4.mul (local.get $c) (local.get $z)) (v128.const f32x4 4.166664568298827e-2 4.166664568298827e-2 4.166664568298827e-2 4.166664568298827e-2)))
    (local.set $c (f32x4.add (f32x4.sub (f32x4.mul (f32x4.mul (local.get $c) (local.get $z)) (local.get $z)) (f32x4.mul (local.get $z) (v128.const f32x4 0.5 0.5 0.5 0.5))) (v128.const f32x4 1 1 1 1)))
    ;; Quadrant q = k mod 4: odd q swaps sin and cos; q = 2, 3 negate sin; q = 1, 2 negate cos.
    (local.set $q (i32x4.sub (local.get $shifted) (v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000)))
    (local.set $swap (i32x4.eq (v128.and (local.get $q) (v128.const i32x4 1 1 1 1)) (v128.const i32x4 1 1 1 1)))
    (v128.xor
      (v128.bitselect (local.get $c) (local.get $s) (local.get $swap))
      (i32x4.shl (v128.and (local.get $q) (v128.const i32x4 2 2 2 2)) (i32.const 30)))
    (v128.xor
      (v128.bitselect (local.get $s) (local.get $c) (local.get $swap))
      (i32x4.shl (v128.and (i32x4.add (local.get $q) (v128.const i32x4 1 1 1 1)) (v128.const i32x4 2 2 2 2)) (i32.const 30))))

  ;; |atan2(y, x)| ∈ [0, π] from ay = |y| ≥ 0 and x (the kernel needs only squared angles).
  ;; atan2(0, ±0) = 0 / π as in JavaScript. See the header for the error bound.
  (func $atan2abs (param $ay v128) (param $x v128) (result v128)
    (local $ax v128) (local $mn v128) (local $mx v128) (local $big v128) (local $t v128) (local $z v128) (local $a v128)
    (local.set $ax (f32x4.abs (local.get $x)))
    (local.set $mn (f32x4.pmin (local.get $ax) (local.get $ay)))
    (local.set $mx (f32x4.pmax (local.get $ax) (local.get $ay)))
    ;; t = mn/mx ∈ [0, 1]; above tan(π/8), atan t = π/4 + atan((mn − mx)/(mn + mx)): one division either way.
    (local.set $big (f32x4.gt (local.get $mn) (f32x4.mul (local.get $mx) (v128.const f32x4 0.414213562373095 0.414213562373095 0.414213562373095 0.414213562373095))))
    (local.set $t (f32x4.div
      (v128.bitselect (f32x4.sub (local.get $mn) (local.get $mx)) (local.get $mn) (local.get $big))
      (f32x4.pmax (v128.bitselect (f32x4.add (local.get $mn) (local.get $mx)) (local.get $mx) (local.get $big)) (v128.const f32x4 1e-30 1e-30 1e-30 1e-30))))
    (local.set $z (f32x4.mul (local.get $t) (local.get $t)))
    (local.set $a (f32x4.add (f32x4.mul (local.get $z) (v128.const f32x4 8.05374449538e-2 8.05374449538e-2 8.05374449538e-2 8.05374449538e-2)) (v128.const f32x4 -1.38776856032e-1 -1.38776856032e-1 -1.38776856032e-1 -1.38776856032e-1)))
    (local.set $a (f32x4.add (f32x4.mul (local.get $a) (local.get $z)) (v128.const f32x4 1.99777106478e-1 1.99777106478e-1 1.99777106478e-1 1.99777106478e-1)))
    (local.set $a (f32x4.add (f32x4.mul (local.get $a) (local.get $z)) (v128.const f32x4 -3.33329491539e-1 -3.33329491539e-1 -3.33329491539e-1 -3.33329491539e-1)))
    (local.set $a (f32x4.add (f32x4.mul (f32x4.mul (local.get $a) (local.get $z)) (local.get $t)) (local.get $t)))
    (local.set $a (f32x4.add (local.get $a) (v128.and (local.get $big) (v128.const f32x4 0.785398163397448 0.785398163397448 0.785398163397448 0.785398163397448))))
    (local.set $a (v128.bitselect
      (f32x4.sub (v128.const f32x4 1.570796326794897 1.570796326794897 1.570796326794897 1.570796326794897) (local.get $a))
      (local.get $a)
      (f32x4.gt (local.get $ay) (local.get $ax))))
    (v128.bitselect
      (f32x4.sub (v128.const f32x4 3.141592653589793 3.141592653589793 3.141592653589793 3.141592653589793) (local.get $a))
      (local.get $a)
      ;; x's sign bit, so that atan2(0, −0) = π as in JavaScript.
      (i32x4.lt_s (local.get $x) (v128.const i32x4 0 0 0 0))))

  ;; (sin(N·h) / (N·sin h))² from c = cos h by the Chebyshev recurrence U_{N−1}(c) = sin(N·h)/sin h
  ;; (U_0 = 1, U_1 = 2c, U_k = 2c·U_{k−1} − U_{k−2}): exact on the lobe peaks, where the ratio is 0/0.
  (func $dirichlet (param $count i32) (param $inverseCount v128) (param $c v128) (result v128)
    (local $twoC v128) (local $previous v128) (local $current v128) (local $next v128) (local $k i32)
    (local.set $twoC (f32x4.add (local.get $c) (local.get $c)))
    (local.set $current (v128.const f32x4 1 1 1 1))
    (local.set $k (i32.const 1))
    (block $done
      (loop $step
        (br_if $done (i32.ge_s (local.get $k) (local.get $count)))
        (local.set $next (f32x4.sub (f32x4.mul (local.get $twoC) (local.get $current)) (local.get $previous)))
        (local.set $previous (local.get $current))
        (local.set $current (local.get $next))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $step)))
    (local.set $current (f32x4.mul (local.get $current) (local.get $inverseCount)))
    (f32x4.mul (local.get $current) (local.get $current)))

  ;; Site block (f32 at $block + 4·i): 0 east, 1 north (m), 2 maxD2 (m²), 3 minimum d2D (m),
  ;; 4 (hBS − hUT)² (m²), 5 breakpoint (m), 6/7 LOS constant/slope before it, 8/9 after it,
  ;; 10/11 NLOS constant/slope (dB, dB per decade of d3D), 12 d1 (m; +∞: always LOS), 13 1/p1 (1/m),
  ;; 14 C(hUT)·1.25e-6 (UMa LOS-probability height term, per m³), 15 σ_LOS², 16 σ_NLOS² (dB²).
  ;; Writes per point the mean path loss and σ (NaN beyond maxD2). $n: a multiple of 4.
  (func (export "sitePathLoss") (param $n i32) (param $block i32) (param $east i32) (param $north i32) (param $outPathLoss i32) (param $outSigma i32)
    (local $i i32) (local $end i32)
    (local $siteEast v128) (local $siteNorth v128) (local $maxD2 v128) (local $minimumD v128) (local $dz2 v128) (local $breakpoint v128)
    (local $losNearConstant v128) (local $losNearSlope v128) (local $losFarConstant v128) (local $losFarSlope v128)
    (local $nlosConstant v128) (local $nlosSlope v128) (local $d1 v128) (local $inverseP1 v128) (local $heightTerm f32) (local $heightTermV v128)
    (local $sigmaLos2 v128) (local $sigmaNlos2 v128)
    (local $dx v128) (local $dy v128) (local $d2 v128) (local $d v128) (local $logD3d v128) (local $los v128) (local $nlos v128)
    (local $q v128) (local $p v128) (local $inRange v128) (local $mean v128) (local $sigma v128)
    (local.set $siteEast (f32x4.splat (f32.load offset=0 (local.get $block))))
    (local.set $siteNorth (f32x4.splat (f32.load offset=4 (local.get $block))))
    (local.set $maxD2 (f32x4.splat (f32.load offset=8 (local.get $block))))
    (local.set $minimumD (f32x4.splat (f32.load offset=12 (local.get $block))))
    (local.set $dz2 (f32x4.splat (f32.load offset=16 (local.get $block))))
    (local.set $breakpoint (f32x4.splat (f32.load offset=20 (local.get $block))))
    (local.set $losNearConstant (f32x4.splat (f32.load offset=24 (local.get $block))))
    (local.set $losNearSlope (f32x4.splat (f32.load offset=28 (local.get $block))))
    (local.set $losFarConstant (f32x4.splat (f32.load offset=32 (local.get $block))))
    (local.set $losFarSlope (f32x4.splat (f32.load offset=36 (local.get $block))))
    (local.set $nlosConstant (f32x4.splat (f32.load offset=40 (local.get $block))))
    (local.set $nlosSlope (f32x4.splat (f32.load offset=44 (local.get $block))))
    (local.set $d1 (f32x4.splat (f32.load offset=48 (local.get $block))))
    (local.set $inverseP1 (f32x4.splat (f32.load offset=52 (local.get $block))))
    (local.set $heightTerm (f32.load offset=56 (local.get $block)))
    (local.set $heightTermV (f32x4.splat (local.get $heightTerm)))
    (local.set $sigmaLos2 (f32x4.splat (f32.load offset=60 (local.get $block))))
    (local.set $sigmaNlos2 (f32x4.splat (f32.load offset=64 (local.get $block))))
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (block $done
      (loop $point
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $dx (f32x4.sub (v128.load (i32.add (local.get $east) (local.get $i))) (local.get $siteEast)))
        (local.set $dy (f32x4.sub (v128.load (i32.add (local.get $north) (local.get $i))) (local.get $siteNorth)))
        (local.set $d2 (f32x4.add (f32x4.mul (local.get $dx) (local.get $dx)) (f32x4.mul (local.get $dy) (local.get $dy))))
        (local.set $inRange (f32x4.le (local.get $d2) (local.get $maxD2)))
        ;; d2D clamped to the model's lower limit (clamp mode); the formulas use d3D.
        (local.set $d (f32x4.pmax (f32x4.sqrt (local.get $d2)) (local.get $minimumD)))
        ;; log10 d3D = ½·log10(d2D² + Δh²).
        (local.set $logD3d (f32x4.mul
          (call $ln (f32x4.add (f32x4.mul (local.get $d) (local.get $d)) (local.get $dz2)))
          (v128.const f32x4 0.217147240951626 0.217147240951626 0.217147240951626 0.217147240951626)))
        ;; TR 38.901 Table 7.4.1-1 UMa LOS PL1 / PL2 by the breakpoint (TR 36.777 Table B-2 UMa-AV: one slope).
        (local.set $los (v128.bitselect
          (f32x4.add (local.get $losNearConstant) (f32x4.mul (local.get $losNearSlope) (local.get $logD3d)))
          (f32x4.add (local.get $losFarConstant) (f32x4.mul (local.get $losFarSlope) (local.get $logD3d)))
          (f32x4.le (local.get $d) (local.get $breakpoint))))
        ;; NLOS = max(LOS, PL'): Table 7.4.1-1 UMa NLOS, Table B-2 UMa-AV NLOS.
        (local.set $nlos (f32x4.pmax (local.get $los) (f32x4.add (local.get $nlosConstant) (f32x4.mul (local.get $nlosSlope) (local.get $logD3d)))))
        ;; P_LOS = d1/d + e^(−d/p1)·(1 − d1/d) beyond d1 (TR 38.901 Table 7.4.2-1, TR 36.777 Table B-1),
        ;; × (1 + C(hUT)·5/4·(d/100)³·e^(−d/150)) for UMa UTs above 13 m; capped at 1.
        (local.set $q (f32x4.div (local.get $d1) (local.get $d)))
        (local.set $p (f32x4.add (local.get $q)
          (f32x4.mul (call $exp (f32x4.neg (f32x4.mul (local.get $d) (local.get $inverseP1)))) (f32x4.sub (v128.const f32x4 1 1 1 1) (local.get $q)))))
        (if (f32.ne (local.get $heightTerm) (f32.const 0))
          (then
            (local.set $p (f32x4.mul (local.get $p)
              (f32x4.add (v128.const f32x4 1 1 1 1)
                (f32x4.mul
                  (f32x4.mul (local.get $heightTermV) (f32x4.mul (f32x4.mul (local.get $d) (local.get $d)) (local.get $d)))
                  (call $exp (f32x4.mul (local.get $d) (v128.const f32x4 -0.00666666666666667 -0.00666666666666667 -0.00666666666666667 -0.00666666666666667)))))))))
        (local.set $p (v128.bitselect
          (v128.const f32x4 1 1 1 1)
          (f32x4.pmin (local.get $p) (v128.const f32x4 1 1 1 1))
          (f32x4.le (local.get $d) (local.get $d1))))
        ;; Linear-domain mean: LOS − 10·log10(p + (1 − p)·10^(−(NLOS − LOS)/10)) (radio-models.md §4.4).
        (local.set $mean (f32x4.sub (local.get $los)
          (f32x4.mul
            (call $ln (f32x4.add (local.get $p)
              (f32x4.mul
                (f32x4.sub (v128.const f32x4 1 1 1 1) (local.get $p))
                (call $exp (f32x4.mul (f32x4.sub (local.get $los) (local.get $nlos)) (v128.const f32x4 0.230258509299405 0.230258509299405 0.230258509299405 0.230258509299405))))))
            (v128.const f32x4 4.34294481903252 4.34294481903252 4.34294481903252 4.34294481903252))))
        (local.set $sigma (f32x4.sqrt (f32x4.add (f32x4.mul (local.get $p) (local.get $sigmaLos2))
          (f32x4.mul (f32x4.sub (v128.const f32x4 1 1 1 1) (local.get $p)) (local.get $sigmaNlos2)))))
        (v128.store (i32.add (local.get $outPathLoss) (local.get $i))
          (v128.bitselect (local.get $mean) (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000) (local.get $inRange)))
        (v128.store (i32.add (local.get $outSigma) (local.get $i))
          (v128.bitselect (local.get $sigma) (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000) (local.get $inRange)))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $point))))

  ;; Cell block (at $block; f32 unless marked): 0 east, 4 north, 8 antenna height (m), 12 maxD2 (m²),
  ;; 16 sin, 20 cos of the boresight bearing, 24 cos, 28 sin of the mechanical tilt, 32 12/θ3dB²,
  ;; 36 12/φ3dB² (1/rad²), 40 SLA_V, 44 A_max (dB), 48 G_E,max (dBi), 52 π·dV, 56 π·dH, 60 columns,
  ;; 64 1/rows, 68 1/columns, 72 array-factor floor (linear), 76 EPRE + UE gain − losses (dB),
  ;; 80 rows·columns, 84 1/beams; i32: 96 rows, 100 columns, 104 beams, 108 distinct beam elevations.
  ;; 128: cos θ0' per distinct elevation (f32 × 64); 384: per beam, the byte offset in the block of
  ;; its elevation's vertical factor (i32 × 64); 640: those factors (v128 × 64, scratch);
  ;; 1664: per beam 64 bytes, each value splatted × 4: cos, sin of π·dH·y'_k and of N·π·dH·y'_k.
  ;; Tile arrays at $tile + k·$stride: 0 east, 1 north, 2 UT height (m), 3 forced serving cell
  ;; (i32, −1: strongest), 4 best RSRP (mW; −1 before any cell), 5 serving mean power (mW), 6 the
  ;; other cells' mean power (mW), 7 serving σ (dB), 8 serving d3D (m), 9 best cell (i32), 10 best
  ;; beam (i32); 4..10 are read and updated. $pathLoss/$sigma: the site's arrays from sitePathLoss.
  ;; With $correctionOn ≠ 0 the path loss gets the calibration offset + slope·log10(max(d3D, 10 m)
  ;; / 1 km) (dB, dB per decade). Returns the points in range (d2D ≤ maxD2); of those, a point
  ;; without a path loss (NaN height) is not served.
  (func (export "cellPass") (param $n i32) (param $cellIndex i32) (param $block i32) (param $tile i32) (param $stride i32) (param $pathLoss i32) (param $sigma i32)
    (param $correctionOn i32) (param $correctionOffsetDb f32) (param $correctionSlopeDb f32) (result i32)
    (local $i i32) (local $end i32) (local $k i32) (local $v i32) (local $beamPtr i32)
    (local $rows i32) (local $columns i32) (local $beamCount i32) (local $verticalCount i32)
    (local $pEast i32) (local $pNorth i32) (local $pHeight i32) (local $pForced i32) (local $pRsrp i32) (local $pServing i32)
    (local $pOthers i32) (local $pBestSigma i32) (local $pDistance i32) (local $pBestCell i32) (local $pBestBeam i32)
    (local $cellEast v128) (local $cellNorth v128) (local $cellHeight v128) (local $maxD2 v128) (local $sinBearing v128) (local $cosBearing v128)
    (local $cosTilt v128) (local $sinTilt v128) (local $verticalCoefficient v128) (local $horizontalCoefficient v128) (local $sideLobeLimit v128)
    (local $maxAttenuation v128) (local $maxGain v128) (local $halfPhaseV v128) (local $halfPhaseH v128) (local $columnsF v128)
    (local $inverseRows v128) (local $inverseColumns v128) (local $floor v128) (local $fixed v128) (local $elements v128) (local $inverseBeams v128)
    (local $correctionOffset v128) (local $correctionSlope v128) (local $cellIndexV v128) (local $count v128)
    (local $dx v128) (local $dy v128) (local $dz v128) (local $d2 v128) (local $pl v128) (local $inRange v128) (local $r v128) (local $zero v128)
    (local $inverseR v128) (local $x v128) (local $y v128) (local $z v128) (local $xLocal v128) (local $zLocal v128) (local $phi v128) (local $elevation v128)
    (local $element v128) (local $cosV v128) (local $sinY v128) (local $cosY v128) (local $sinNY v128) (local $cosNY v128)
    (local $best v128) (local $bestIndex v128) (local $sum v128) (local $sinX v128) (local $horizontal v128) (local $small v128) (local $power v128)
    (local $greater v128) (local $power0 v128) (local $rsrpMw v128) (local $meanMw v128) (local $forced v128) (local $choose v128) (local $serving v128)
    (local $horizontalAttenuation v128)
    (local.set $cellEast (f32x4.splat (f32.load offset=0 (local.get $block))))
    (local.set $cellNorth (f32x4.splat (f32.load offset=4 (local.get $block))))
    (local.set $cellHeight (f32x4.splat (f32.load offset=8 (local.get $block))))
    (local.set $maxD2 (f32x4.splat (f32.load offset=12 (local.get $block))))
    (local.set $sinBearing (f32x4.splat (f32.load offset=16 (local.get $block))))
    (local.set $cosBearing (f32x4.splat (f32.load offset=20 (local.get $block))))
    (local.set $cosTilt (f32x4.splat (f32.load offset=24 (local.get $block))))
    (local.set $sinTilt (f32x4.splat (f32.load offset=28 (local.get $block))))
    (local.set $verticalCoefficient (f32x4.splat (f32.load offset=32 (local.get $block))))
    (local.set $horizontalCoefficient (f32x4.splat (f32.load offset=36 (local.get $block))))
    (local.set $sideLobeLimit (f32x4.splat (f32.load offset=40 (local.get $block))))
    (local.set $maxAttenuation (f32x4.splat (f32.load offset=44 (local.get $block))))
    (local.set $maxGain (f32x4.splat (f32.load offset=48 (local.get $block))))
    (local.set $halfPhaseV (f32x4.splat (f32.load offset=52 (local.get $block))))
    (local.set $halfPhaseH (f32x4.splat (f32.load offset=56 (local.get $block))))
    (local.set $columnsF (f32x4.splat (f32.load offset=60 (local.get $block))))
    (local.set $inverseRows (f32x4.splat (f32.load offset=64 (local.get $block))))
    (local.set $inverseColumns (f32x4.splat (f32.load offset=68 (local.get $block))))
    (local.set $floor (f32x4.splat (f32.load offset=72 (local.get $block))))
    (local.set $fixed (f32x4.splat (f32.load offset=76 (local.get $block))))
    (local.set $elements (f32x4.splat (f32.load offset=80 (local.get $block))))
    (local.set $inverseBeams (f32x4.splat (f32.load offset=84 (local.get $block))))
    (local.set $correctionOffset (f32x4.splat (local.get $correctionOffsetDb)))
    (local.set $correctionSlope (f32x4.splat (local.get $correctionSlopeDb)))
    (local.set $rows (i32.load offset=96 (local.get $block)))
    (local.set $columns (i32.load offset=100 (local.get $block)))
    (local.set $beamCount (i32.load offset=104 (local.get $block)))
    (local.set $verticalCount (i32.load offset=108 (local.get $block)))
    (local.set $cellIndexV (i32x4.splat (local.get $cellIndex)))
    (local.set $pEast (local.get $tile))
    (local.set $pNorth (i32.add (local.get $pEast) (local.get $stride)))
    (local.set $pHeight (i32.add (local.get $pNorth) (local.get $stride)))
    (local.set $pForced (i32.add (local.get $pHeight) (local.get $stride)))
    (local.set $pRsrp (i32.add (local.get $pForced) (local.get $stride)))
    (local.set $pServing (i32.add (local.get $pRsrp) (local.get $stride)))
    (local.set $pOthers (i32.add (local.get $pServing) (local.get $stride)))
    (local.set $pBestSigma (i32.add (local.get $pOthers) (local.get $stride)))
    (local.set $pDistance (i32.add (local.get $pBestSigma) (local.get $stride)))
    (local.set $pBestCell (i32.add (local.get $pDistance) (local.get $stride)))
    (local.set $pBestBeam (i32.add (local.get $pBestCell) (local.get $stride)))
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (block $done
      (loop $point
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (block $next
          (local.set $dx (f32x4.sub (v128.load (i32.add (local.get $pEast) (local.get $i))) (local.get $cellEast)))
          (local.set $dy (f32x4.sub (v128.load (i32.add (local.get $pNorth) (local.get $i))) (local.get $cellNorth)))
          (local.set $dz (f32x4.sub (v128.load (i32.add (local.get $pHeight) (local.get $i))) (local.get $cellHeight)))
          (local.set $d2 (f32x4.add (f32x4.mul (local.get $dx) (local.get $dx)) (f32x4.mul (local.get $dy) (local.get $dy))))
          ;; Counted as evaluated within range (as the JavaScript kernel counts); served only with a path loss.
          (local.set $inRange (f32x4.le (local.get $d2) (local.get $maxD2)))
          (br_if $next (i32.eqz (v128.any_true (local.get $inRange))))
          (local.set $count (i32x4.sub (local.get $count) (local.get $inRange)))
          (local.set $pl (v128.load (i32.add (local.get $pathLoss) (local.get $i))))
          (local.set $inRange (v128.and (local.get $inRange) (f32x4.eq (local.get $pl) (local.get $pl))))
          ;; Unit vector toward the point, forward along the bearing, y' to its left, z up; then the
          ;; tilt (TR 38.901 §7.1). A point at the antenna itself counts as straight below.
          (local.set $r (f32x4.sqrt (f32x4.add (local.get $d2) (f32x4.mul (local.get $dz) (local.get $dz)))))
          (local.set $zero (f32x4.eq (local.get $r) (v128.const f32x4 0 0 0 0)))
          (local.set $inverseR (f32x4.div (v128.const f32x4 1 1 1 1) (v128.bitselect (v128.const f32x4 1 1 1 1) (local.get $r) (local.get $zero))))
          (local.set $x (f32x4.mul (f32x4.add (f32x4.mul (local.get $dx) (local.get $sinBearing)) (f32x4.mul (local.get $dy) (local.get $cosBearing))) (local.get $inverseR)))
          (local.set $y (f32x4.mul (f32x4.sub (f32x4.mul (local.get $dy) (local.get $sinBearing)) (f32x4.mul (local.get $dx) (local.get $cosBearing))) (local.get $inverseR)))
          (local.set $z (v128.bitselect (v128.const f32x4 -1 -1 -1 -1) (f32x4.mul (local.get $dz) (local.get $inverseR)) (local.get $zero)))
          (local.set $xLocal (f32x4.sub (f32x4.mul (local.get $cosTilt) (local.get $x)) (f32x4.mul (local.get $sinTilt) (local.get $z))))
          (local.set $zLocal (f32x4.add (f32x4.mul (local.get $cosTilt) (local.get $z)) (f32x4.mul (local.get $sinTilt) (local.get $x))))
          ;; Element (Table 7.3-1): |φ'| = |atan2(y', x')|, |θ' − 90°| = atan2(|z'|, √(x'² + y'²)). Where
          ;; A_H alone reaches A_max (behind the panel) the gain is G_max − A_max whatever the zenith.
          (local.set $phi (call $atan2abs (f32x4.abs (local.get $y)) (local.get $xLocal)))
          (local.set $horizontalAttenuation (f32x4.mul (local.get $horizontalCoefficient) (f32x4.mul (local.get $phi) (local.get $phi))))
          (if (i32x4.all_true (f32x4.ge (local.get $horizontalAttenuation) (local.get $maxAttenuation)))
            (then (local.set $element (f32x4.sub (local.get $maxGain) (local.get $maxAttenuation))))
            (else
              (local.set $elevation (call $atan2abs (f32x4.abs (local.get $zLocal))
                (f32x4.sqrt (f32x4.add (f32x4.mul (local.get $xLocal) (local.get $xLocal)) (f32x4.mul (local.get $y) (local.get $y))))))
              (local.set $element (f32x4.sub (local.get $maxGain) (f32x4.pmin
                (f32x4.add
                  (f32x4.pmin (f32x4.mul (local.get $verticalCoefficient) (f32x4.mul (local.get $elevation) (local.get $elevation))) (local.get $sideLobeLimit))
                  (f32x4.pmin (local.get $horizontalAttenuation) (local.get $maxAttenuation)))
                (local.get $maxAttenuation))))))
          ;; Vertical array factor once per distinct beam elevation: ψV/2 = π·dV·(z' − cos θ0').
          (local.set $v (i32.const 0))
          (block $verticalDone
            (loop $vertical
              (br_if $verticalDone (i32.ge_u (local.get $v) (local.get $verticalCount)))
              (call $sincos (f32x4.mul (local.get $halfPhaseV)
                (f32x4.sub (local.get $zLocal) (f32x4.splat (f32.load offset=128 (i32.add (local.get $block) (i32.shl (local.get $v) (i32.const 2))))))))
              (local.set $cosV)
              (drop)
              (v128.store offset=640 (i32.add (local.get $block) (i32.shl (local.get $v) (i32.const 4)))
                (call $dirichlet (local.get $rows) (local.get $inverseRows) (local.get $cosV)))
              (local.set $v (i32.add (local.get $v) (i32.const 1)))
              (br $vertical)))
          ;; Horizontal factor per beam in closed form, sin(N·x)/(N·sin x) with x = π·dH·(y' − y'_k), from
          ;; sin/cos of π·dH·y' and N·π·dH·y' by the angle-difference identities.
          (call $sincos (f32x4.mul (local.get $halfPhaseH) (local.get $y)))
          (local.set $cosY)
          (local.set $sinY)
          (call $sincos (f32x4.mul (local.get $columnsF) (f32x4.mul (local.get $halfPhaseH) (local.get $y))))
          (local.set $cosNY)
          (local.set $sinNY)
          (local.set $best (v128.const f32x4 -1 -1 -1 -1))
          (local.set $bestIndex (v128.const i32x4 0 0 0 0))
          (local.set $sum (v128.const f32x4 0 0 0 0))
          (local.set $k (i32.const 0))
          (local.set $beamPtr (i32.add (local.get $block) (i32.const 1664)))
          (block $beamsDone
            (loop $beam
              (br_if $beamsDone (i32.ge_u (local.get $k) (local.get $beamCount)))
              (local.set $sinX (f32x4.sub
                (f32x4.mul (local.get $sinY) (v128.load offset=0 (local.get $beamPtr)))
                (f32x4.mul (local.get $cosY) (v128.load offset=16 (local.get $beamPtr)))))
              (local.set $horizontal (f32x4.div
                (f32x4.sub
                  (f32x4.mul (local.get $sinNY) (v128.load offset=32 (local.get $beamPtr)))
                  (f32x4.mul (local.get $cosNY) (v128.load offset=48 (local.get $beamPtr))))
                (f32x4.mul (local.get $columnsF) (local.get $sinX))))
              (local.set $horizontal (f32x4.mul (local.get $horizontal) (local.get $horizontal)))
              ;; Near a lobe peak the ratio loses precision (0/0 at the peak): the recurrence instead.
              (local.set $small (f32x4.lt (f32x4.abs (local.get $sinX)) (v128.const f32x4 0.01 0.01 0.01 0.01)))
              (if (v128.any_true (local.get $small))
                (then
                  (local.set $horizontal (v128.bitselect
                    (call $dirichlet (local.get $columns) (local.get $inverseColumns)
                      (f32x4.add
                        (f32x4.mul (local.get $cosY) (v128.load offset=0 (local.get $beamPtr)))
                        (f32x4.mul (local.get $sinY) (v128.load offset=16 (local.get $beamPtr)))))
                    (local.get $horizontal)
                    (local.get $small)))))
              (local.set $power (f32x4.pmax
                (f32x4.mul (f32x4.mul (local.get $elements) (local.get $horizontal))
                  (v128.load (i32.add (local.get $block) (i32.load offset=384 (i32.add (local.get $block) (i32.shl (local.get $k) (i32.const 2)))))))
                (local.get $floor)))
              (local.set $sum (f32x4.add (local.get $sum) (local.get $power)))
              ;; The first strongest beam wins a tie, as in the JavaScript kernel.
              (local.set $greater (f32x4.gt (local.get $power) (local.get $best)))
              (local.set $best (v128.bitselect (local.get $power) (local.get $best) (local.get $greater)))
              (local.set $bestIndex (v128.bitselect (i32x4.splat (local.get $k)) (local.get $bestIndex) (local.get $greater)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (local.set $beamPtr (i32.add (local.get $beamPtr) (i32.const 64)))
              (br $beam)))
          ;; Calibration: ΔPL = offset + slope·log10(max(d3D, 10 m) / 1 km).
          (if (local.get $correctionOn)
            (then
              (local.set $pl (f32x4.add (local.get $pl) (f32x4.add (local.get $correctionOffset)
                (f32x4.mul (local.get $correctionSlope)
                  (f32x4.sub
                    (f32x4.mul (call $ln (f32x4.pmax (local.get $r) (v128.const f32x4 10 10 10 10))) (v128.const f32x4 0.434294481903252 0.434294481903252 0.434294481903252 0.434294481903252))
                    (v128.const f32x4 3 3 3 3))))))))
          ;; SS-RSRP of the best beam (radio-models.md §4.4) and the cell's mean over its beams, mW:
          ;; 10^((EPRE + G_element − PL)/10) × the best beam's array gain, × the beams' mean array gain.
          (local.set $power0 (call $exp (f32x4.mul (f32x4.sub (f32x4.add (local.get $fixed) (local.get $element)) (local.get $pl))
            (v128.const f32x4 0.230258509299405 0.230258509299405 0.230258509299405 0.230258509299405))))
          (local.set $rsrpMw (f32x4.mul (local.get $power0) (local.get $best)))
          (local.set $meanMw (f32x4.mul (local.get $power0) (f32x4.mul (local.get $sum) (local.get $inverseBeams))))
          ;; Serving: the forced cell where one is given, else the strongest so far (first on a tie).
          (local.set $forced (v128.load (i32.add (local.get $pForced) (local.get $i))))
          (local.set $choose (v128.and (local.get $inRange)
            (v128.or
              (v128.and (i32x4.lt_s (local.get $forced) (v128.const i32x4 0 0 0 0))
                (f32x4.gt (local.get $rsrpMw) (v128.load (i32.add (local.get $pRsrp) (local.get $i)))))
              (i32x4.eq (local.get $forced) (local.get $cellIndexV)))))
          (local.set $serving (v128.load (i32.add (local.get $pServing) (local.get $i))))
          ;; The others' sum gets the displaced server or this cell: no total − serving cancellation.
          (v128.store (i32.add (local.get $pOthers) (local.get $i)) (f32x4.add
            (v128.load (i32.add (local.get $pOthers) (local.get $i)))
            (v128.bitselect (local.get $serving) (v128.and (local.get $meanMw) (local.get $inRange)) (local.get $choose))))
          (v128.store (i32.add (local.get $pServing) (local.get $i)) (v128.bitselect (local.get $meanMw) (local.get $serving) (local.get $choose)))
          (v128.store (i32.add (local.get $pRsrp) (local.get $i))
            (v128.bitselect (local.get $rsrpMw) (v128.load (i32.add (local.get $pRsrp) (local.get $i))) (local.get $choose)))
          (v128.store (i32.add (local.get $pBestSigma) (local.get $i))
            (v128.bitselect (v128.load (i32.add (local.get $sigma) (local.get $i))) (v128.load (i32.add (local.get $pBestSigma) (local.get $i))) (local.get $choose)))
          (v128.store (i32.add (local.get $pDistance) (local.get $i))
            (v128.bitselect (local.get $r) (v128.load (i32.add (local.get $pDistance) (local.get $i))) (local.get $choose)))
          (v128.store (i32.add (local.get $pBestCell) (local.get $i))
            (v128.bitselect (local.get $cellIndexV) (v128.load (i32.add (local.get $pBestCell) (local.get $i))) (local.get $choose)))
          (v128.store (i32.add (local.get $pBestBeam) (local.get $i))
            (v128.bitselect (local.get $bestIndex) (v128.load (i32.add (local.get $pBestBeam) (local.get $i))) (local.get $choose))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $point)))
    (i32.add
      (i32.add (i32x4.extract_lane 0 (local.get $count)) (i32x4.extract_lane 1 (local.get $count)))
      (i32.add (i32x4.extract_lane 2 (local.get $count)) (i32x4.extract_lane 3 (local.get $count)))))

  ;; Element-wise wrappers of the approximations, for their accuracy tests: in place over $n
  ;; values (a multiple of 4) at $values; atan2Abs reads |y| at $values and x at $second.
  (func (export "expArray") (param $values i32) (param $n i32)
    (local $i i32)
    (block $done (loop $step
      (br_if $done (i32.ge_u (local.get $i) (i32.shl (local.get $n) (i32.const 2))))
      (v128.store (i32.add (local.get $values) (local.get $i)) (call $exp (v128.load (i32.add (local.get $values) (local.get $i)))))
      (local.set $i (i32.add (local.get $i) (i32.const 16)))
      (br $step))))
  (func (export "lnArray") (param $values i32) (param $n i32)
    (local $i i32)
    (block $done (loop $step
      (br_if $done (i32.ge_u (local.get $i) (i32.shl (local.get $n) (i32.const 2))))
      (v128.store (i32.add (local.get $values) (local.get $i)) (call $ln (v128.load (i32.add (local.get $values) (local.get $i)))))
      (local.set $i (i32.add (local.get $i) (i32.const 16)))
      (br $step))))
  ;; sinCosArray writes sin x over x at $values and cos x at $second.
  (func (export "sinCosArray") (param $values i32) (param $second i32) (param $n i32)
    (local $i i32) (local $sin v128) (local $cos v128)
    (block $done (loop $step
      (br_if $done (i32.ge_u (local.get $i) (i32.shl (local.get $n) (i32.const 2))))
      (call $sincos (v128.load (i32.add (local.get $values) (local.get $i))))
      (local.set $cos)
      (local.set $sin)
      (v128.store (i32.add (local.get $values) (local.get $i)) (local.get $sin))
      (v128.store (i32.add (local.get $second) (local.get $i)) (local.get $cos))
      (local.set $i (i32.add (local.get $i) (i32.const 16)))
      (br $step))))
  (func (export "atan2AbsArray") (param $values i32) (param $second i32) (param $n i32)
    (local $i i32)
    (block $done (loop $step
      (br_if $done (i32.ge_u (local.get $i) (i32.shl (local.get $n) (i32.const 2))))
      (v128.store (i32.add (local.get $values) (local.get $i))
        (call $atan2abs (v128.load (i32.add (local.get $values) (local.get $i))) (v128.load (i32.add (local.get $second) (local.get $i)))))
      (local.set $i (i32.add (local.get $i) (i32.const 16)))
      (br $step))))
  (func (export "dirichletArray") (param $count i32) (param $values i32) (param $n i32)
    (local $i i32)
    (block $done (loop $step
      (br_if $done (i32.ge_u (local.get $i) (i32.shl (local.get $n) (i32.const 2))))
      (v128.store (i32.add (local.get $values) (local.get $i))
        (call $dirichlet (local.get $count) (f32x4.splat (f32.div (f32.const 1) (f32.convert_i32_s (local.get $count)))) (v128.load (i32.add (local.get $values) (local.get $i)))))
      (local.set $i (i32.add (local.get $i) (i32.const 16)))
      (br $step))))
)
