#!/usr/bin/env python3
"""Synthetic LKjIP data files shaped like data/2024.json, for the benchmark.

  generate.py OUTDIR --units N [--seed S]          one file per unit (30-300 indicators each)
  generate.py OUTDIR --single --units N            the same units' programs in one large file

Names are Indonesian-looking, budgets up to 10^13 rupiah, values with the report's decimals."""
import argparse
import json
import os
import random

WORDS = ("Peningkatan Penyelenggaraan Pelayanan Administrasi Koordinasi Pembinaan Pengawasan "
         "Pemberdayaan Masyarakat Desa Kelurahan Kecamatan Kabupaten Perencanaan Penganggaran "
         "Evaluasi Kinerja Perangkat Daerah Dokumen Laporan Sarana Prasarana Kantor Gedung "
         "Ketenteraman Ketertiban Umum Kesatuan Bangsa Keuangan Aset Pegawai Aparatur").split()
UNITS = ("dokumen", "laporan", "paket", "orang", "unit", "desa", "lembaga", "%", "nilai")
REGIONS = ("Kabupaten Jombang", "Kabupaten Kediri", "Kabupaten Malang", "Kabupaten Sidoarjo")


def name(rng, words=6):
    return " ".join(rng.choice(WORDS) for _ in range(words))


def value(rng, decimals):
    return round(rng.uniform(1, 1000), decimals)


def indicator(rng, ident, with_views):
    decimals = rng.choice((0, 0, 1, 2))
    target = value(rng, decimals)
    result = {"id": ident, "name": "Jumlah " + name(rng), "unit": rng.choice(UNITS),
              "target": target, "actual": round(target * rng.uniform(0.7, 1.2), decimals)}
    if with_views:
        result["history"] = [{"year": 2022, "actual": value(rng, decimals)},
                             {"year": 2023, "actual": value(rng, decimals)}]
        result["renstra"] = {"end_target": value(rng, decimals)}
    return result


def unit_file(rng, number):
    indicators_left = rng.randint(30, 300)
    objectives = [{"id": f"SS{o}", "name": "Meningkatnya " + name(rng, 5),
                   "staff": {"needed": rng.randint(5, 30), "available": rng.randint(1, 10)},
                   "indicators": [indicator(rng, f"IKU{o}", True)]} for o in (1, 2)]
    indicators_left -= 2
    programs = []
    p = 0
    while indicators_left > 0:
        p += 1
        pagu = rng.randint(10**7, 10**13)
        program = {"id": f"P{p}", "name": "Program " + name(rng), "objective": rng.choice(("SS1", "SS2")),
                   "budget": {"pagu": pagu, "spending": rng.randint(pagu // 2, pagu)},
                   "staff": {"needed": rng.randint(2, 10), "available": rng.randint(1, 5)},
                   "indicators": [indicator(rng, f"P{p}.I1", True)], "activities": []}
        indicators_left -= 1
        for k in range(1, rng.randint(2, 5)):
            activity = {"id": f"P{p}.K{k}", "name": name(rng), "budget": {"spending": rng.randint(10**6, 10**11)},
                        "indicators": [indicator(rng, f"P{p}.K{k}.I1", False)], "sub_activities": []}
            indicators_left -= 1
            for s in range(1, rng.randint(2, 6)):
                activity["sub_activities"].append(
                    {"id": f"P{p}.K{k}.S{s}", "name": name(rng), "budget": {"spending": rng.randint(10**5, 10**10)},
                     "indicators": [indicator(rng, f"P{p}.K{k}.S{s}.I1", False)]})
                indicators_left -= 1
            program["activities"].append(activity)
        programs.append(program)
    return {"format": "lkjip/1",
            "unit": {"name": f"Kecamatan {name(rng, 1)} {number}", "region": rng.choice(REGIONS)},
            "year": 2024, "renstra_period": {"from": 2024, "to": 2026},
            "objectives": objectives, "programs": programs,
            "facilities": [{"name": name(rng, 3), "available": rng.randint(0, 50),
                            "needed": rng.randint(1, 50)} for _ in range(rng.randint(10, 80))]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--units", type=int, required=True)
    parser.add_argument("--single", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.outdir, exist_ok=True)
    if args.single:
        merged = None
        for number in range(args.units):
            data = unit_file(rng, number)
            for program in data["programs"]:
                suffix = f"u{number}"
                def rename(item):
                    item["id"] = item["id"] + suffix
                rename(program)
                program["objective"] = program["objective"] if merged is None else program["objective"]
                for ind in program["indicators"]:
                    rename(ind)
                for activity in program["activities"]:
                    rename(activity)
                    for ind in activity["indicators"]:
                        rename(ind)
                    for sub in activity["sub_activities"]:
                        rename(sub)
                        for ind in sub["indicators"]:
                            rename(ind)
            if merged is None:
                merged = data
            else:
                merged["programs"].extend(data["programs"])
        with open(os.path.join(args.outdir, "single.json"), "w") as handle:
            json.dump(merged, handle, ensure_ascii=False)
        return
    for number in range(args.units):
        with open(os.path.join(args.outdir, f"unit-{number:05d}.json"), "w") as handle:
            json.dump(unit_file(rng, number), handle, ensure_ascii=False)


if __name__ == "__main__":
    main()
