//go:build textpack

package catalog

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writtenPacks runs gen_textpack.go for this build's packs and chunks, into a temporary
// folder.
func writtenPacks(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	cmd := exec.Command("go", "run", "gen_textpack.go", "-dir", ".", "-packs", dir, "-chunks", dir)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	return dir
}

// A textpack build explains with the prose of the chunks it loaded, notes the ones it
// lacked for the answer's language only, and reads a chunk and the whole pack alike.
func TestChunks(t *testing.T) {
	dir := writtenPacks(t)
	t.Cleanup(func() { packs = [len(Langs)][]chunkTable{} })
	packs = [len(Langs)][]chunkTable{}
	e, ok := Lookup("stripe", "card_declined")
	require.True(t, ok)

	ForgetMissing(Portuguese)
	assert.Empty(t, e.Title.In(Portuguese), "nothing loaded: no prose")
	assert.Empty(t, e.Title.In(Spanish), "another language than the answer's")
	missing := Missing()
	require.Len(t, missing, 1, "the Portuguese chunk of the title, and no Spanish one")
	k := int(e.Title.ref-1) / packChunk
	assert.Equal(t, ChunkFile(Portuguese, k), missing[0])

	chunk, err := os.ReadFile(filepath.Join(dir, missing[0]))
	require.NoError(t, err)
	require.NoError(t, LoadPack(Portuguese, chunk))
	assert.NotEmpty(t, e.Title.In(Portuguese))
	assert.Empty(t, Missing(), "loaded since")
	assert.False(t, PackLoaded(Portuguese), "one chunk is not the whole pack")

	whole, err := os.ReadFile(filepath.Join(dir, "decifra-text.pt-BR.bin"))
	require.NoError(t, err)
	title := e.Title.In(Portuguese)
	require.NoError(t, LoadPack(Portuguese, whole))
	assert.True(t, PackLoaded(Portuguese))
	assert.Equal(t, title, e.Title.In(Portuguese), "a chunk and the whole pack hold the same texts")

	// Every chunk file is named as ChunkFiles says, and their texts are the whole pack's.
	var joined []byte
	for i, name := range ChunkFiles(English) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		head, body, _ := bytes.Cut(b, []byte("\n"))
		assert.Equal(t, "decifra-text "+packVersion+" en "+strconv.Itoa(i), string(head))
		joined = append(joined, body...)
	}
	whole, err = os.ReadFile(filepath.Join(dir, "decifra-text.en.bin"))
	require.NoError(t, err)
	_, body, _ := bytes.Cut(whole, []byte("\n"))
	assert.Equal(t, body, joined)
}

// A chunk of another build, of another language, numbered past the last, or cut short
// is refused.
func TestChunkRefused(t *testing.T) {
	dir := writtenPacks(t)
	good, err := os.ReadFile(filepath.Join(dir, ChunkFile(English, 0)))
	require.NoError(t, err)
	head := "decifra-text " + packVersion + " en "
	for name, pack := range map[string]string{
		"other language": "decifra-text " + packVersion + " es 0\n" + string(good[bytes.IndexByte(good, '\n')+1:]),
		"past the last":  head + strconv.Itoa(chunkCount) + "\n",
		"not a number":   head + "x\n",
		"cut short":      string(good[:len(good)/2]),
		"one text more":  string(good) + "extra\x00",
	} {
		t.Run(name, func(t *testing.T) {
			assert.ErrorIs(t, LoadPack(English, []byte(pack)), ErrPack)
		})
	}
}

// Finding a provider's code and reading its table reads no prose: only what an answer
// shows is fetched. The citation is read from the packs when asked for.
func TestChunkCitation(t *testing.T) {
	dir := writtenPacks(t)
	t.Cleanup(func() { packs = [len(Langs)][]chunkTable{} })
	packs = [len(Langs)][]chunkTable{}
	ForgetMissing(English)
	for _, p := range []*Provider{Stripe, PayPal, Cielo} {
		for i := range p.Len() {
			_ = p.Entry(i).Match // every entry of the table, as identification scans them
		}
	}
	e, ok := Lookup("stripe", "card_declined")
	require.True(t, ok)
	assert.Empty(t, Missing(), "no text was read")

	assert.Empty(t, e.Cite(), "the citation's chunk is not loaded")
	require.Len(t, Missing(), 1)
	chunk, err := os.ReadFile(filepath.Join(dir, Missing()[0]))
	require.NoError(t, err)
	require.NoError(t, LoadPack(English, chunk))
	assert.Contains(t, e.Cite(), "stripe.com")
}
