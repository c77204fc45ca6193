# Sourced by the scripts: tools on PATH and where the built site lives.
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export LEPTOS_OUTPUT_NAME=mej
export LEPTOS_SITE_ROOT=target/site
export LEPTOS_SITE_PKG_DIR=pkg
