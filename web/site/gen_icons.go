//go:build ignore

// gen_icons draws the page's app icons, the "d" of the favicon (web/page.go) in white on
// the accent blue, and writes them to web/static as PNG: 192 and 512 pixels with rounded
// corners for "any" use, and a full-bleed 512 one whose glyph stays in the middle 80%
// for "maskable" use (the launcher cuts its own shape). The output is committed:
//
//	go run web/site/gen_icons.go
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

var (
	accent = color.RGBA{0x1d, 0x4e, 0xd8, 0xff}
	white  = color.RGBA{0xff, 0xff, 0xff, 0xff}
)

func main() {
	write("web/static/icon-192.png", draw(192, 0.22, 1))
	write("web/static/icon-512.png", draw(512, 0.22, 1))
	write("web/static/icon-maskable-512.png", draw(512, 0, 0.8))
}

// draw renders the icon at size pixels: corner is the corners' radius and scale the
// glyph's, both as fractions of the size. Each pixel averages 4×4 samples.
func draw(size int, corner, scale float64) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const n = 4
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var bg, fg float64
			for sy := 0; sy < n; sy++ {
				for sx := 0; sx < n; sx++ {
					u := (float64(x) + (float64(sx)+0.5)/n) / float64(size)
					v := (float64(y) + (float64(sy)+0.5)/n) / float64(size)
					if !inRoundedSquare(u, v, corner) {
						continue
					}
					bg++
					if inGlyph(0.5+(u-0.5)/scale, 0.5+(v-0.5)/scale) {
						fg++
					}
				}
			}
			if bg == 0 {
				continue
			}
			t := fg / bg
			mix := func(a, b uint8) uint8 { return uint8(math.Round(float64(a)*(1-t) + float64(b)*t)) }
			img.SetNRGBA(x, y, color.NRGBA{mix(accent.R, white.R), mix(accent.G, white.G), mix(accent.B, white.B), uint8(math.Round(255 * bg / (n * n)))})
		}
	}
	return img
}

func inRoundedSquare(u, v, r float64) bool {
	dx := math.Max(math.Max(r-u, u-(1-r)), 0)
	dy := math.Max(math.Max(r-v, v-(1-r)), 0)
	return dx*dx+dy*dy <= r*r
}

// inGlyph is a "d": a ring (the bowl) and, on its right, a stem as wide as the ring.
func inGlyph(u, v float64) bool {
	const cx, cy, outer, inner = 0.45, 0.585, 0.2, 0.112
	d := math.Hypot(u-cx, v-cy)
	if d <= outer && d >= inner {
		return true
	}
	return u >= cx+inner && u <= cx+outer && v >= 0.2 && v <= cy+outer
}

func write(name string, img image.Image) {
	f, err := os.Create(name)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(f, img); err != nil {
		log.Fatal(err)
	}
}
