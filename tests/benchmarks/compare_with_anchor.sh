#!/bin/sh
# Runs the studio's trainer and ../shared/anchors/seed_torch.py side by side on the same
# notebook-format JSON and thread count, and prints both mean epoch times and their ratio.
#   compare_with_anchor.sh BUILD_DIR [cnn|lstm] [EPOCHS] [THREADS] [WINDOWS]
set -eu
build=${1:?usage: compare_with_anchor.sh BUILD_DIR [cnn|lstm] [EPOCHS] [THREADS] [WINDOWS]}
kind=${2:-cnn}
epochs=${3:-3}
threads=${4:-1}
windows=${5:-10000}
here=$(cd "$(dirname "$0")" && pwd)
anchor=${ANCHOR:-$here/../../../shared/anchors/seed_torch.py}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/benchmarks/train_benchmark" --write "$work/data.json" --random "$windows" >/dev/null
echo "== studio ($kind, $epochs epochs, $threads thread(s), $windows windows)"
"$build/tests/benchmarks/train_benchmark" "$work/data.json" "$kind" "$epochs" --threads "$threads" | tee "$work/studio.txt"
echo "== anchor (PyTorch)"
TORCH_THREADS=$threads /usr/bin/python3 "$anchor" "$work/data.json" "$kind" "$epochs" | tee "$work/anchor.txt"
mean() { grep -o 'epoch_s=[0-9.]*' "$1" | cut -d= -f2 | awk '{ s += $1 } END { printf "%.3f", s / NR }'; }
studio=$(mean "$work/studio.txt")
python=$(mean "$work/anchor.txt")
echo "mean epoch seconds: studio $studio, anchor $python, ratio $(echo "$studio $python" | awk '{ printf "%.2f", $1 / $2 }')"
