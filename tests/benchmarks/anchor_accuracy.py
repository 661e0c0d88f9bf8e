#!/usr/bin/env python3
"""The notebook's route, for accuracy_benchmark: the CNN or LSTM of ../shared/anchors/seed_torch.py
(PyTorch's default initialisation, raw MFCC, Adam 1e-4, batch 32, the last epoch's weights),
trained on the studio's own features and split, then scored on the same held-out windows,
recordings and medley windows as the studio.

Usage: anchor_accuracy.py SEED_TORCH.py PARTS.json cnn|lstm EPOCHS SEED
PARTS.json: {"train": {"mfcc", "labels"}, "validation": {...}, "test": {..., "recordings"},
             "medley": {"mfcc", "labels"}} (recordings: one id per test window).
Prints: test_acc=… recording_acc=… medley_acc=…"""
import importlib.util, json, os, sys
import numpy as np, torch, torch.nn.functional as F


def load_anchor(path):
    spec = importlib.util.spec_from_file_location("seed_torch", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    anchor_path, parts_path, kind, epochs, seed = sys.argv[1:6]
    epochs, seed = int(epochs), int(seed)
    anchor = load_anchor(anchor_path)
    torch.manual_seed(seed)
    torch.set_num_threads(int(os.environ.get("TORCH_THREADS", "1")))
    rng = np.random.default_rng(seed)
    parts = json.load(open(parts_path))

    def tensors(part):
        x = torch.from_numpy(np.array(part["mfcc"], dtype=np.float32)).unsqueeze(1)
        return x, torch.tensor(part["labels"], dtype=torch.long)

    xt, yt = tensors(parts["train"])
    xs, ys = tensors(parts["test"])
    xm, ym = tensors(parts["medley"])
    classes = int(parts["classes"])
    model = (anchor.SeedCNN if kind == "cnn" else anchor.SeedLSTM)(xt.shape[2], xt.shape[3], classes)
    opt = torch.optim.Adam(model.parameters(), lr=1e-4)
    n = len(yt)
    for _ in range(epochs):
        model.train()
        perm = torch.from_numpy(rng.permutation(n))
        for b in range(0, n, 32):
            ix = perm[b:b + 32]
            opt.zero_grad()
            loss = F.cross_entropy(model(xt[ix]), yt[ix])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        ps = torch.softmax(model(xs), 1).numpy()
        pm = torch.softmax(model(xm), 1).numpy() if len(ym) else np.zeros((0, classes))
    test_acc = float((ps.argmax(1) == ys.numpy()).mean())
    recordings = parts["test"]["recordings"]
    right = total = 0
    for rec in sorted(set(recordings)):
        rows = [i for i, r in enumerate(recordings) if r == rec]
        total += 1
        right += int(ps[rows].mean(0).argmax() == int(ys[rows[0]]))
    medley_acc = float((pm.argmax(1) == ym.numpy()).mean()) if len(ym) else 0.0
    print(f"test_acc={test_acc:.4f} recording_acc={right / max(total, 1):.4f} "
          f"medley_acc={medley_acc:.4f}", flush=True)


if __name__ == "__main__":
    main()
