package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// binary is the real CLI, built once for the tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "decifra-cli")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "decifra")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic("building the CLI: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

func runCLI(t *testing.T, stdin string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return result{out.String(), errb.String(), code}
}

const curlRateLimited = "HTTP/1.1 429 Too Many Requests\r\nDate: Sat, 03 Feb 2024 13:59:00 GMT\r\nRetry-After: 30\r\nX-API-Key: fq_live_1234567890abcdef\r\n\r\n" +
	`{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded","details":"Wait 45 seconds before making new requests"},"meta":{"request_id":"req_abc123def456"}}`

func TestTextOutput(t *testing.T) {
	r := runCLI(t, curlRateLimited, []string{"LANG=en_US.UTF-8"})
	require.Equal(t, 0, r.code, r.stderr)
	for _, want := range []string{"FluxiQ NPC · RATE_LIMITED · HTTP 429", "Provider", "fluxiq", "evidence:",
		"Wait, then retry · after 30 s · Retry-After header", "Retry-After header", "req_abc123def456", "Masked", "X-API-Key"} {
		assert.Contains(t, r.stdout, want)
	}
	assert.NotContains(t, r.stdout, "1234567890abcdef", "secret printed")
	assert.NotContains(t, r.stdout, "\x1b[", "no colour when stdout is not a terminal")
	for _, line := range strings.Split(r.stdout, "\n") {
		assert.LessOrEqual(t, len([]rune(line)), 80, "wrapped to 80 columns: %q", line)
	}
}

func TestColourAlways(t *testing.T) {
	r := runCLI(t, curlRateLimited, nil, "--color", "always")
	require.Equal(t, 0, r.code)
	assert.Contains(t, r.stdout, "\x1b[")
	r = runCLI(t, curlRateLimited, []string{"NO_COLOR=1"}, "--color", "auto")
	assert.NotContains(t, r.stdout, "\x1b[")
}

func TestPortuguese(t *testing.T) {
	for _, c := range []struct {
		name string
		env  []string
		args []string
	}{
		{"flag", nil, []string{"--lang", "pt-BR"}},
		{"LANG", []string{"LANG=pt_BR.UTF-8"}, nil},
		{"LC_ALL wins over LANG", []string{"LANG=en_US.UTF-8", "LC_ALL=pt_BR.UTF-8"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := runCLI(t, curlRateLimited, c.env, c.args...)
			require.Equal(t, 0, r.code)
			assert.Contains(t, r.stdout, "Nova tentativa")
			assert.Contains(t, r.stdout, "Aguarde 30 s")
		})
	}
}

func TestSpanish(t *testing.T) {
	for _, c := range []struct {
		name string
		env  []string
		args []string
	}{
		{"flag", nil, []string{"--lang", "es"}},
		{"LANG", []string{"LANG=es_MX.UTF-8"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := runCLI(t, curlRateLimited, c.env, c.args...)
			require.Equal(t, 0, r.code)
			for _, want := range []string{"Reintento", "Espere y reintente", "Espere 30 s", "ID de la solicitud", "Qué significa"} {
				assert.Contains(t, r.stdout, want)
			}
		})
	}
}

func TestJSONContract(t *testing.T) {
	r := runCLI(t, curlRateLimited, nil, "--json", "--now", "2024-02-03T13:59:00Z")
	require.Equal(t, 0, r.code, r.stderr)
	var got map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &got))
	for _, k := range []string{"provider", "code", "http_status", "category", "title", "meaning", "fix", "retry", "request_id", "lang", "input"} {
		assert.Contains(t, got, k)
	}
	prov := got["provider"].(map[string]any)
	assert.Equal(t, "fluxiq", prov["id"])
	assert.Equal(t, "FluxiQ NPC", prov["name"])
	assert.NotEmpty(t, prov["evidence"])
	retry := got["retry"].(map[string]any)
	assert.Equal(t, "wait", retry["strategy"])
	assert.Equal(t, 30.0, retry["after_seconds"])
	assert.Equal(t, "Retry-After header", retry["source"])
	assert.Equal(t, "curl", got["input"].(map[string]any)["format"])
	assert.Equal(t, []any{"X-API-Key"}, got["input"].(map[string]any)["redacted"])
}

func TestFileArgument(t *testing.T) {
	path := filepath.Join(t.TempDir(), "error.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"error":{"code":"ERR_QR_EXPIRED","message":"QR is expired"}}`), 0o600))
	r := runCLI(t, "", nil, "--json", path)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, `"id": "flux"`)
	r = runCLI(t, `{"error":{"code":"ERR_QR_EXPIRED"}}`, nil, "--json", "-")
	require.Equal(t, 0, r.code)
}

func TestNothingRecognisable(t *testing.T) {
	for _, c := range []struct{ name, in string }{
		{"empty", ""},
		{"prose", "the payment did not go through, please advise"},
		{"binary", "\x00\x01\x02\x03"},
		{"success", "HTTP/1.1 200 OK\n\n{\"success\":true}"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := runCLI(t, c.in, nil)
			assert.Equal(t, 1, r.code)
			assert.Contains(t, r.stderr, "expected")
			assert.Contains(t, r.stderr, "found")
			assert.Empty(t, r.stdout)

			r = runCLI(t, c.in, nil, "--json")
			assert.Equal(t, 1, r.code)
			var body struct {
				Error struct{ Code, Message string } `json:"error"`
			}
			require.NoError(t, json.Unmarshal([]byte(r.stdout), &body), r.stdout)
			assert.Equal(t, "NO_ERROR_FOUND", body.Error.Code)
			assert.NotEmpty(t, body.Error.Message)
		})
	}
}

func TestUsageErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"--nope"}, "flag provided but not defined"},
		{"bad lang", []string{"--lang", "fr"}, "--lang must be en, pt-BR or es"},
		{"bad now", []string{"--now", "yesterday"}, "RFC 3339"},
		{"bad provider", []string{"--provider", "square"}, "unknown --provider"},
		{"two files", []string{"a", "b"}, "one FILE at most"},
		{"missing file", []string{"/nonexistent/error.txt"}, "cannot read /nonexistent/error.txt"},
		{"directory", []string{os.TempDir()}, "is a directory"},
		{"bad color", []string{"--color", "rainbow"}, "--color must be"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := runCLI(t, "{}", nil, c.args...)
			assert.Equal(t, 2, r.code)
			assert.Contains(t, r.stderr, c.want)
		})
	}
	r := runCLI(t, "", nil, "-h")
	assert.Equal(t, 0, r.code)
	assert.Contains(t, r.stderr, "usage: decifra")
}

func TestLargeInputIsBounded(t *testing.T) {
	body := `{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"req_big"}}` + "\n"
	r := runCLI(t, body+strings.Repeat("filler log line\n", 400000), nil, "--json")
	require.Equal(t, 0, r.code)
	assert.Contains(t, r.stdout, `"bytes_read": 4194304`)
}

func TestAll(t *testing.T) {
	log := `status=409 {"success":false,"error":{"code":"DUPLICATE_BOLETO","message":"Duplicate boleto"},"meta":{"request_id":"a"}}
status=503 {"success":false,"error":{"code":"PCR_UNAVAILABLE","message":"PCR service unavailable"},"meta":{"request_id":"b"}}`
	r := runCLI(t, log, nil, "--all", "--json")
	require.Equal(t, 0, r.code, r.stderr)
	var xs []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &xs))
	require.Len(t, xs, 2)
	assert.Equal(t, "DUPLICATE_BOLETO", xs[0]["code"])
	assert.Equal(t, "PCR_UNAVAILABLE", xs[1]["code"])

	r = runCLI(t, log, nil, "--all")
	require.Equal(t, 0, r.code)
	assert.Contains(t, r.stdout, "1/2")
	assert.Contains(t, r.stdout, "2/2")

	r = runCLI(t, log, nil, "--json")
	require.Equal(t, 0, r.code)
	assert.True(t, strings.HasPrefix(r.stdout, "{"), "without --all, one object")

	r = runCLI(t, "nothing", nil, "--all", "--json")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stdout, "NO_ERROR_FOUND")
}
