// Package browser drives a real headless Chromium from Go tests: Debian's chromium,
// through playwright-core in a small Node process (driver.mjs) that takes one JSON command
// per line. One browser serves the whole test binary; each Page is a fresh browser
// context (no cache, no storage), closed when its test ends.
//
//	b := browser.Launch(t)
//	p := b.NewPage(t, browser.PageOptions{Width: 375})
//	p.Goto(url)
//	p.Fill(`[data-testid="paste"]`, text)
//	assert.Equal(t, "fluxiq", p.Attr(`[data-testid="provider"]`, "data-provider"))
//
// Launch fails the test, never skips it, when something it needs is missing (node,
// node_modules, /usr/bin/chromium), and says how to install it.
package browser

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// Chromium is where Debian installs the browser; DECIFRA_CHROMIUM overrides it.
const Chromium = "/usr/bin/chromium"

// commandTimeout bounds one command; Playwright's own waits time out well before it.
const commandTimeout = 90 * time.Second

// Browser is a running Chromium, shared by the tests of one test binary.
type Browser struct {
	mu     sync.Mutex
	stdin  io.WriteCloser
	out    *bufio.Scanner
	nextID int
	stderr *tailBuffer
	dead   error
	closed map[int]bool // pages closed already
}

var (
	shared     *Browser
	sharedErr  error
	sharedOnce sync.Once
)

// Launch returns the test binary's browser, starting it on first use. It stays up until
// the test binary exits: the driver quits when its standard input closes.
func Launch(t testing.TB) *Browser {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = start() })
	if sharedErr != nil {
		t.Fatalf("browser: %v", sharedErr)
	}
	return shared
}

func start() (*Browser, error) {
	_, self, _, ok := runtime.Caller(0)
	if !ok {
		return nil, errors.New("cannot locate driver.mjs")
	}
	dir := filepath.Dir(self)
	driver := filepath.Join(dir, "driver.mjs")
	root := filepath.Join(dir, "..", "..")
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, errors.New("node is not installed: install Node.js 20 (apt-get install nodejs), then run npm ci")
	}
	for _, pkg := range []string{"playwright-core", "@axe-core/playwright"} {
		if _, err := os.Stat(filepath.Join(root, "node_modules", pkg, "package.json")); err != nil {
			return nil, fmt.Errorf("node_modules/%s is missing: run npm ci in %s", pkg, root)
		}
	}
	chromium := Chromium
	if c := os.Getenv("DECIFRA_CHROMIUM"); c != "" {
		chromium = c
	}
	if _, err := os.Stat(chromium); err != nil {
		return nil, fmt.Errorf("%s is missing: apt-get install chromium (Debian's; Playwright cannot download browsers here)", chromium)
	}

	cmd := exec.Command(node, driver)
	cmd.Dir = root
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	b := &Browser{stdin: stdin, out: bufio.NewScanner(stdout), stderr: &tailBuffer{max: 8 << 10}}
	b.out.Buffer(make([]byte, 0, 1<<20), 64<<20)
	cmd.Stderr = b.stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", driver, err)
	}
	go func() { _ = cmd.Wait() }()
	if _, err := b.call("launch", nil); err != nil {
		return nil, fmt.Errorf("launching %s: %w", chromium, err)
	}
	return b, nil
}

// call sends one command and waits for its answer.
func (b *Browser) call(cmd string, args any) (json.RawMessage, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.dead != nil {
		return nil, b.dead
	}
	b.nextID++
	id := b.nextID
	line, err := json.Marshal(map[string]any{"id": id, "cmd": cmd, "args": args})
	if err != nil {
		return nil, err
	}
	if _, err := b.stdin.Write(append(line, '\n')); err != nil {
		b.dead = fmt.Errorf("driver is gone: %v; its stderr: %s", err, b.stderr)
		return nil, b.dead
	}
	type answer struct {
		ID     int             `json:"id"`
		OK     bool            `json:"ok"`
		Result json.RawMessage `json:"result"`
		Error  string          `json:"error"`
	}
	got := make(chan answer, 1)
	go func() {
		var a answer
		for b.out.Scan() {
			if err := json.Unmarshal(b.out.Bytes(), &a); err == nil && a.ID == id {
				got <- a
				return
			}
		}
		a.ID, a.Error = -1, fmt.Sprintf("driver exited; its stderr: %s", b.stderr)
		got <- a
	}()
	select {
	case a := <-got:
		if a.ID == -1 {
			b.dead = errors.New(a.Error)
			return nil, b.dead
		}
		if !a.OK {
			return nil, fmt.Errorf("%s: %s", cmd, a.Error)
		}
		return a.Result, nil
	case <-time.After(commandTimeout):
		b.dead = fmt.Errorf("%s: no answer in %v; driver stderr: %s", cmd, commandTimeout, b.stderr)
		return nil, b.dead
	}
}

// PageOptions set up a page's fresh browser context. Zero values take the defaults.
type PageOptions struct {
	Locale string // navigator.language; default "en-US"
	Width  int    // viewport width in CSS pixels; default 1280
	Height int    // default 900
	// ColorScheme is "light" (the default) or "dark", for prefers-color-scheme.
	ColorScheme string
	// ServiceWorkers lets the page register service workers (blocked by default, so that
	// a test sees the network).
	ServiceWorkers bool
	// Persistent gives the page a browser of its own with a profile on disk, as a user's
	// (Chromium checks a web app's installability only there); slower to open.
	Persistent bool
}

// Page is one tab in its own browser context. Its methods fail the test that opened it.
type Page struct {
	t  testing.TB
	b  *Browser
	id int
}

// NewPage opens a page in a fresh context, with the clipboard allowed and motion
// reduced; the page closes when t's test ends.
func (b *Browser) NewPage(t testing.TB, o PageOptions) *Page {
	t.Helper()
	args := map[string]any{}
	if o.Locale != "" {
		args["locale"] = o.Locale
	}
	if o.Width != 0 {
		args["width"] = o.Width
	}
	if o.Height != 0 {
		args["height"] = o.Height
	}
	if o.ColorScheme != "" {
		args["colorScheme"] = o.ColorScheme
	}
	args["serviceWorkers"] = o.ServiceWorkers
	args["persistent"] = o.Persistent
	var r struct {
		Page int `json:"page"`
	}
	b.must(t, "newPage", args, &r)
	p := &Page{t: t, b: b, id: r.Page}
	t.Cleanup(p.close)
	return p
}

// Close closes the page and its context now, rather than when the test ends.
func (p *Page) Close() { p.close() }

func (p *Page) close() {
	p.b.mu.Lock()
	closed := p.b.closed[p.id]
	if p.b.closed == nil {
		p.b.closed = map[int]bool{}
	}
	p.b.closed[p.id] = true
	p.b.mu.Unlock()
	if !closed {
		_, _ = p.b.call("closePage", map[string]any{"page": p.id})
	}
}

func (b *Browser) must(t testing.TB, cmd string, args any, out any) {
	t.Helper()
	raw, err := b.call(cmd, args)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatalf("browser: %s answer %s: %v", cmd, raw, err)
		}
	}
}

// For returns the page bound to t, a subtest of the test that opened it: its methods
// then fail t.
func (p *Page) For(t testing.TB) *Page {
	q := *p
	q.t = t
	return &q
}

func (p *Page) do(cmd string, args map[string]any, out any) {
	p.t.Helper()
	args["page"] = p.id
	raw, err := p.b.call(cmd, args)
	if err != nil {
		// What the page logged usually says why a wait timed out.
		var log []ConsoleMessage
		if c, cerr := p.b.call("console", map[string]any{"page": p.id}); cerr == nil {
			_ = json.Unmarshal(c, &log)
		}
		p.t.Fatalf("browser: %v\npage console: %v", err, log)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			p.t.Fatalf("browser: %s answer %s: %v", cmd, raw, err)
		}
	}
}

// Response is what Goto got for the document.
type Response struct {
	Status  int               `json:"status"`
	Headers map[string]string `json:"headers"` // names lower-cased
}

// Goto loads url and waits for the load event, or for waitUntil when given:
// "domcontentloaded", "commit" or "networkidle".
func (p *Page) Goto(url string, waitUntil ...string) Response {
	p.t.Helper()
	args := map[string]any{"url": url}
	if len(waitUntil) > 0 {
		args["waitUntil"] = waitUntil[0]
	}
	var r Response
	p.do("goto", args, &r)
	return r
}

// InitScript makes the page run a JavaScript function (its source) in every document it
// loads from now on, before the document's own scripts, whatever their CSP.
func (p *Page) InitScript(source string) {
	p.t.Helper()
	p.do("initScript", map[string]any{"source": source}, nil)
}

// Fill sets the value of the input or textarea matching selector, as a paste would.
func (p *Page) Fill(selector, value string) {
	p.t.Helper()
	p.do("fill", map[string]any{"selector": selector, "value": value}, nil)
}

// Type types text into selector key by key.
func (p *Page) Type(selector, text string) {
	p.t.Helper()
	p.do("type", map[string]any{"selector": selector, "text": text}, nil)
}

// Click clicks the element matching selector.
func (p *Page) Click(selector string) {
	p.t.Helper()
	p.do("click", map[string]any{"selector": selector}, nil)
}

// Select chooses the option with value in the <select> matching selector.
func (p *Page) Select(selector, value string) {
	p.t.Helper()
	p.do("select", map[string]any{"selector": selector, "value": value}, nil)
}

// Press presses a key ("Tab", "Enter", "Shift+Tab") in selector, or wherever the focus
// is when selector is empty.
func (p *Page) Press(selector, key string) {
	p.t.Helper()
	p.do("press", map[string]any{"selector": selector, "key": key}, nil)
}

// WaitFor waits until an element matching selector is visible (30 s at most, as for
// every wait here: generous, because a loaded 2-core machine is slow).
func (p *Page) WaitFor(selector string) {
	p.t.Helper()
	p.do("waitFor", map[string]any{"selector": selector}, nil)
}

// WaitGone waits until no element matches selector, or none is visible.
func (p *Page) WaitGone(selector string) {
	p.t.Helper()
	p.do("waitFor", map[string]any{"selector": selector, "state": "hidden"}, nil)
}

// WaitUntil waits until the function (JavaScript source, called with arg) returns a
// truthy value in the page.
func (p *Page) WaitUntil(source string, arg any) {
	p.t.Helper()
	p.do("waitForFunction", map[string]any{"source": source, "arg": arg}, nil)
}

// Text is the text content of the first element matching selector.
func (p *Page) Text(selector string) string {
	p.t.Helper()
	var s *string
	p.do("text", map[string]any{"selector": selector}, &s)
	if s == nil {
		return ""
	}
	return *s
}

// Attr is an attribute of the first element matching selector ("" when absent).
func (p *Page) Attr(selector, name string) string {
	p.t.Helper()
	var s *string
	p.do("attribute", map[string]any{"selector": selector, "name": name}, &s)
	if s == nil {
		return ""
	}
	return *s
}

// AriaSnapshot is the accessibility tree of the element matching selector (exactly one),
// as Playwright writes it: one line per node, its role, its name in quotes, and such
// states as [level=2], indented under its parent. It is what a screen reader is told.
func (p *Page) AriaSnapshot(selector string) string {
	p.t.Helper()
	var s string
	p.do("ariaSnapshot", map[string]any{"selector": selector}, &s)
	return s
}

// Count is how many elements match selector.
func (p *Page) Count(selector string) int {
	p.t.Helper()
	var n int
	p.do("count", map[string]any{"selector": selector}, &n)
	return n
}

// Eval calls a JavaScript function (its source, such as "(a) => a + 1") in the page with
// arg, awaits it, and decodes its JSON result into out (nil to drop it).
func (p *Page) Eval(source string, arg any, out any) {
	p.t.Helper()
	p.do("evaluate", map[string]any{"source": source, "arg": arg}, out)
}

// CDP sends a Chrome DevTools Protocol command (method, such as
// "Network.emulateNetworkConditions", with params) to the page, and decodes its result
// into out (nil to drop it).
func (p *Page) CDP(method string, params any, out any) {
	p.t.Helper()
	if params == nil {
		params = map[string]any{}
	}
	p.do("cdp", map[string]any{"method": method, "params": params}, out)
}

// Screenshot saves a full-page PNG to path, creating its directory.
func (p *Page) Screenshot(path string) {
	p.t.Helper()
	p.do("screenshot", map[string]any{"path": p.artifact(path)}, nil)
}

// ScreenshotElement saves a PNG of the first element matching selector to path.
func (p *Page) ScreenshotElement(selector, path string) {
	p.t.Helper()
	p.do("screenshot", map[string]any{"path": p.artifact(path), "selector": selector}, nil)
}

// ScreenshotRegion saves a PNG of part of the page (CSS pixels from the page's top left)
// to path.
func (p *Page) ScreenshotRegion(path string, x, y, width, height int) {
	p.t.Helper()
	clip := map[string]int{"x": x, "y": y, "width": width, "height": height}
	p.do("screenshot", map[string]any{"path": p.artifact(path), "clip": clip}, nil)
}

// artifact makes path absolute and creates its directory.
func (p *Page) artifact(path string) string {
	p.t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		p.t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		p.t.Fatal(err)
	}
	return abs
}

// SetViewport resizes the page's viewport.
func (p *Page) SetViewport(width, height int) {
	p.t.Helper()
	p.do("setViewport", map[string]any{"width": width, "height": height}, nil)
}

// EmulateColorScheme switches prefers-color-scheme to "light" or "dark".
func (p *Page) EmulateColorScheme(scheme string) {
	p.t.Helper()
	p.do("emulateMedia", map[string]any{"colorScheme": scheme}, nil)
}

// Request is one request the page's context made.
type Request struct {
	URL          string `json:"url"`
	Method       string `json:"method"`
	ResourceType string `json:"resourceType"`
}

// Mark returns a position in the page's request log, for RequestsSince.
func (p *Page) Mark() int {
	p.t.Helper()
	var r struct {
		Mark int `json:"mark"`
	}
	p.do("requests", map[string]any{"since": 0}, &r)
	return r.Mark
}

// RequestsSince returns the requests made after mark (0: all of them).
func (p *Page) RequestsSince(mark int) []Request {
	p.t.Helper()
	var r struct {
		Requests []Request `json:"requests"`
	}
	p.do("requests", map[string]any{"since": mark}, &r)
	return r.Requests
}

// ConsoleMessage is one console message, or an uncaught error (Type "pageerror").
type ConsoleMessage struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

// Console returns every console message and uncaught error so far.
func (p *Page) Console() []ConsoleMessage {
	p.t.Helper()
	var m []ConsoleMessage
	p.do("console", map[string]any{}, &m)
	return m
}

// Errors returns the console errors and uncaught errors so far, one line each.
func (p *Page) Errors() []string {
	p.t.Helper()
	var out []string
	for _, m := range p.Console() {
		if m.Type == "error" || m.Type == "pageerror" {
			out = append(out, m.Type+": "+m.Text)
		}
	}
	return out
}

// Dialogs returns the messages of alert, confirm and prompt dialogs the page opened
// (each was dismissed).
func (p *Page) Dialogs() []string {
	p.t.Helper()
	var d []string
	p.do("dialogs", map[string]any{}, &d)
	return d
}

// Violation is one accessibility rule that axe-core found broken.
type Violation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  string `json:"target"`
		HTML    string `json:"html"`
		Summary string `json:"summary"`
	} `json:"nodes"`
}

func (v Violation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s", v.ID, v.Impact, v.Help)
	for _, n := range v.Nodes {
		fmt.Fprintf(&b, "\n    %s: %s", n.Target, strings.ReplaceAll(n.Summary, "\n", " "))
	}
	return b.String()
}

// Axe scans the page with axe-core for WCAG 2.2 A/AA and best-practice rules.
func (p *Page) Axe() []Violation {
	p.t.Helper()
	var v []Violation
	p.do("axe", map[string]any{}, &v)
	return v
}

// tailBuffer keeps the last max bytes written to it, for error messages.
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
	max int
}

func (w *tailBuffer) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf = append(w.buf, b...)
	if len(w.buf) > w.max {
		w.buf = w.buf[len(w.buf)-w.max:]
	}
	return len(b), nil
}

func (w *tailBuffer) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.buf) == 0 {
		return "(empty)"
	}
	return string(w.buf)
}
