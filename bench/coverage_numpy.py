"""The coverage link kernel of core/coverage/coverageTile.ts, vectorised with NumPy in float32.

Used by bench/coverage.bench.ts as the reference speed: per point x cell x beam the same models
(TR 38.901 UMa / TR 36.777 UMa-AV path loss with LOS probability, linear-domain LOS/NLOS mean;
TR 38.901 element pattern, mechanical tilt rotation and the closed-form planar-array factor;
SS-RSRP, best beam and cell, DL SINR with neighbour load), written the way NumPy code is written:
whole arrays per cell and beam, no Python loop over points. Reads the scene and points the bench
wrote, prints one JSON line, and writes the RSRP it computed so the bench can check both agree.

Usage: python3 coverage_numpy.py <dir>   (dir holds scene.json, east.f64, north.f64)
"""
import json
import math
import sys
import time

import numpy as np

F = np.float32


def uma_path_loss(d2d, h_ut, h_bs, fc_ghz):
    """Mean path loss (linear LOS/NLOS mix) and combined shadow-fading sigma, dB, UMa-AV model."""
    d2d = np.maximum(d2d, F(10))  # validity clamp, as the clamp mode of core/radio
    d3d = np.sqrt(d2d * d2d + F((h_bs - h_ut) ** 2))
    log_d3d = np.log10(d3d)
    f_term = F(20 * math.log10(fc_ghz))
    if h_ut > 22.5:  # TR 36.777 Table B-2, UMa-AV aerial regime
        los = F(28.0) + F(22) * log_d3d + f_term
        nlos = np.maximum(los, F(-17.5) + F(46 - 7 * math.log10(h_ut)) * log_d3d + F(20 * math.log10(40 * math.pi * fc_ghz / 3)))
        if h_ut > 100:
            p_los = np.ones_like(d2d)
        else:
            d1 = max(460 * math.log10(h_ut) - 700, 18)
            p1 = 4300 * math.log10(h_ut) - 3800
            p_los = np.where(d2d <= d1, F(1), F(d1) / d2d + np.exp(-d2d / F(p1)) * (F(1) - F(d1) / d2d))
        sigma_los = F(4.64 * math.exp(-0.0066 * h_ut))
        sigma_nlos = F(6)
    else:  # TR 38.901 Table 7.4.1-1, UMa
        bp = 4 * (h_bs - 1) * (h_ut - 1) * fc_ghz * 1e9 / 3.0e8
        pl1 = F(28.0) + F(22) * log_d3d + f_term
        pl2 = F(28.0) + F(40) * log_d3d + f_term - F(9 * math.log10(bp ** 2 + (h_bs - h_ut) ** 2))
        los = np.where(d2d <= F(bp), pl1, pl2)
        nlos = np.maximum(los, F(13.54) + F(39.08) * log_d3d + f_term - F(0.6 * (h_ut - 1.5)))
        c = 0.0 if h_ut <= 13 else ((min(h_ut, 23) - 13) / 10) ** 1.5
        base = F(18) / d2d + np.exp(-d2d / F(63)) * (F(1) - F(18) / d2d)
        p_los = np.where(d2d <= 18, F(1), np.minimum(F(1), base * (F(1) + F(c * 1.25) * (d2d / F(100)) ** 3 * np.exp(-d2d / F(150)))))
        sigma_los = F(4)
        sigma_nlos = F(6)
    smaller = np.minimum(los, nlos)
    mean = smaller - F(10) * np.log10(p_los * F(10) ** (-(los - smaller) / F(10)) + (F(1) - p_los) * F(10) ** (-(nlos - smaller) / F(10)))
    sigma = np.sqrt(p_los * sigma_los ** 2 + (F(1) - p_los) * sigma_nlos ** 2)
    return mean, sigma


def dirichlet(count, half_psi):
    """|sin(N h) / (N sin h)|^2, with the peak (h = 0 mod pi) set to 1."""
    s = np.sin(half_psi)
    ratio = np.where(np.abs(s) < F(1e-6), F(1), np.sin(F(count) * half_psi) / (F(count) * np.where(np.abs(s) < F(1e-6), F(1), s)))
    return ratio * ratio


def beam_gains(cell, dx, dy, dz):
    """Gain in dBi of every beam of a cell toward ENU offsets: rotation, element pattern, array factor."""
    rng = np.sqrt(dx * dx + dy * dy + dz * dz)
    rng = np.where(rng == 0, F(1), rng)
    az = math.radians(cell["azimuthDeg"])
    tilt = math.radians(cell["mechanicalTiltDeg"])
    x = (dx * F(math.sin(az)) + dy * F(math.cos(az))) / rng
    y = (dy * F(math.sin(az)) - dx * F(math.cos(az))) / rng
    z = dz / rng
    xl = F(math.cos(tilt)) * x - F(math.sin(tilt)) * z
    zl = F(math.cos(tilt)) * z + F(math.sin(tilt)) * x
    theta = np.arccos(np.clip(zl, F(-1), F(1)))
    phi = np.arctan2(y, xl)
    kv = F(12 / math.radians(65) ** 2)
    a_v = np.minimum(kv * (theta - F(math.pi / 2)) ** 2, F(30))
    a_h = np.minimum(kv * phi * phi, F(30))
    element = F(8) - np.minimum(a_v + a_h, F(30))
    rows, cols = cell["rows"], cell["columns"]
    gains = []
    for beam in cell["beams"]:
        theta0 = math.radians(90 - beam["elevationDeg"])
        phi0 = math.radians(-beam["azimuthOffsetDeg"])
        z_steer = F(math.cos(theta0))
        y_steer = F(math.sin(theta0) * math.sin(phi0))
        power = F(rows * cols) * dirichlet(rows, F(math.pi * 0.5) * (zl - z_steer)) * dirichlet(cols, F(math.pi * 0.5) * (y - y_steer))
        gains.append(element + F(10) * np.log10(np.maximum(power, F(1e-10))))
    return gains


def run(scene, east, north, h_ut):
    p = scene["parameters"]
    n = east.size
    best = np.full(n, -np.inf, dtype=F)
    serving_mean = np.zeros(n, dtype=F)
    total_mean = np.zeros(n, dtype=F)
    links = 0
    for cell in scene["cells"]:
        dx = east - F(cell["eastM"])
        dy = north - F(cell["northM"])
        d2d = np.sqrt(dx * dx + dy * dy)
        in_range = d2d <= F(p["maxDistanceM"])
        links += int(in_range.sum()) * len(cell["beams"])
        pl, _sigma = uma_path_loss(d2d, h_ut, cell["heightM"], cell["fcGhz"])
        dz = np.full(n, h_ut - cell["heightM"], dtype=F)
        fixed = F(cell["ssbEpreDbm"] + p["ueAntennaGainDbi"] - p["otherLossesDb"])
        cell_best = np.full(n, -np.inf, dtype=F)
        sum_mw = np.zeros(n, dtype=F)
        for g in beam_gains(cell, dx, dy, dz):
            rsrp = fixed + g - pl
            sum_mw += F(10) ** (rsrp / F(10))
            cell_best = np.maximum(cell_best, rsrp)
        mean_mw = np.where(in_range, sum_mw / F(len(cell["beams"])), F(0))
        cell_best = np.where(in_range, cell_best, F(-np.inf))
        total_mean += mean_mw
        better = cell_best > best
        best = np.where(better, cell_best, best)
        serving_mean = np.where(better, mean_mw, serving_mean)
    noise_mw = F(10 ** ((-174 + 10 * math.log10(30e3) + p["ueNoiseFigureDb"]) / 10))
    interference = F(p["neighbourLoad"]) * np.maximum(total_mean - serving_mean, F(0))
    sinr = F(10) * np.log10(F(10) ** (best / F(10)) / (interference + noise_mw))
    return best, sinr, links


def main():
    folder = sys.argv[1]
    with open(f"{folder}/scene.json") as f:
        scene = json.load(f)
    east = np.fromfile(f"{folder}/east.f64", dtype=np.float64).astype(F)
    north = np.fromfile(f"{folder}/north.f64", dtype=np.float64).astype(F)
    chunk = 16384
    results = []
    for h_ut in scene["altitudesM"]:
        start = time.perf_counter()
        rsrp_parts = []
        links = 0
        for s in range(0, east.size, chunk):
            rsrp, _sinr, l = run(scene, east[s:s + chunk], north[s:s + chunk], h_ut)
            rsrp_parts.append(rsrp)
            links += l
        seconds = time.perf_counter() - start
        np.concatenate(rsrp_parts).astype(np.float32).tofile(f"{folder}/rsrp-{h_ut}.f32")
        results.append({"altitudeM": h_ut, "seconds": seconds, "links": links})
    print(json.dumps({"numpy": np.__version__, "layers": results}))


if __name__ == "__main__":
    main()
