#!/usr/bin/env bash
# Regenerates the simulator's demo media. The output is committed so that neither the server
# nor CI needs ffmpeg; run this only when the media should change.
set -euo pipefail

out_dir="$(cd "$(dirname "$0")/.." && pwd)/server/simulator/media"
mkdir -p "$out_dir"
ff=(ffmpeg -hide_banner -loglevel error -y)

# Portrait 352x640 like the seed's `pending_info.width/height`. A zooming fractal with a frame
# counter makes it obvious whether the player is actually playing and seeking.
"${ff[@]}" -f lavfi -i "mandelbrot=size=352x640:rate=24:start_scale=3:end_scale=0.3" \
  -t 4 \
  -vf "drawbox=x=0:y=560:w=352:h=80:color=black@0.55:t=fill,drawtext=text='Reelwatch demo  frame %{frame_num}':x=16:y=590:fontsize=20:fontcolor=white" \
  -c:v libx264 -preset slow -crf 34 -pix_fmt yuv420p -movflags +faststart -an \
  "$out_dir/demo.mp4"

"${ff[@]}" -ss 2 -i "$out_dir/demo.mp4" -frames:v 1 -q:v 6 "$out_dir/demo.jpg"

# The GIF preview is low fps and half size: resellers' `gif_url` is a small preview, too.
"${ff[@]}" -t 2 -i "$out_dir/demo.mp4" \
  -vf "fps=5,scale=128:-1:flags=lanczos,split[a][b];[a]palettegen=max_colors=24[p];[b][p]paletteuse=dither=none" \
  "$out_dir/demo.gif"

# Two distinct input images, standing in for the reseller's `input.images[]` uploads.
"${ff[@]}" -f lavfi -i "gradients=size=352x640:c0=0x1d4ed8:c1=0x22d3ee:seed=1:duration=1:rate=1" \
  -frames:v 1 -vf "drawtext=text='input 1':x=24:y=24:fontsize=32:fontcolor=white" \
  "$out_dir/input-1.png"
"${ff[@]}" -f lavfi -i "gradients=size=352x640:c0=0xbe123c:c1=0xfbbf24:seed=2:duration=1:rate=1" \
  -frames:v 1 -vf "drawtext=text='input 2':x=24:y=24:fontsize=32:fontcolor=white" \
  "$out_dir/input-2.png"

ls -l "$out_dir"
du -ch "$out_dir"/* | tail -n 1
