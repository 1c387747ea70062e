package catimport

import (
	"net"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// Where codes come from, the keys of Result.Found.
const (
	fromEnum        = "response schema enum"
	fromExample     = "response example"
	fromExtension   = "x-error-codes"
	fromDescription = "description"
	fromErrorsYAML  = "errors file"
)

var (
	mdLink = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	// mdCodeHeading is a Markdown heading that names a code: "### `CobNaoEncontrado`".
	mdCodeHeading = regexp.MustCompile("^(#{2,6})\\s+`([A-Za-z][A-Za-z0-9_.:-]{1,80})`\\s*$")
	mdHeading     = regexp.MustCompile(`^#{1,6}\s`)
	statusNumber  = regexp.MustCompile(`\b([1-5][0-9][0-9])\b`)
	// meaningLabel starts the line of an error section that says what it means.
	meaningLabel = regexp.MustCompile(`(?i)^[*\-\s]*(?:__|\*\*)?(significado|meaning|description|descrição|descripción|significa)(?:__|\*\*)?\s*:\s*(.+)$`)
)

// codeMembers are the names of members that hold an error's code, compared without
// regard to case, "_" and "-". A problem's type counts only in a problem schema, and
// name and issue only with an enum (PayPal's name and details[].issue).
var codeMembers = []string{"code", "errorcode", "codigo", "codigoerro", "reasoncode", "reason", "errortype", "errorkey"}

// The members beside a code that hold the message, the request id and the details.
var (
	messageMembers   = []string{"message", "errorDescription", "error_description", "errordescription", "detail", "description", "mensagem", "msg"}
	requestIDMembers = []string{"requestId", "request_id", "correlationId", "correlation_id", "traceId", "trace_id", "debug_id", "debugId", "requestID"}
	detailMembers    = []string{"details", "errorParameters", "violacoes", "violations", "errors", "invalidFields", "fields"}
)

func norm(s string) string {
	return strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(s))
}

// openAPI reads one OpenAPI document.
type openAPI struct {
	*builder
	doc map[string]any
	// typePrefix is what a problem type URI carries before the code
	// ("https://pix.bcb.gov.br/api/v2/error/"), learnt from the examples.
	typePrefix string
}

func fromOpenAPI(doc map[string]any, opts Options) (*Result, error) {
	o := &openAPI{builder: newBuilder(opts), doc: doc}
	info, _ := doc["info"].(map[string]any)
	title, version := str(info["title"]), str(info["version"])
	o.source = "imported from " + opts.Origin
	if title != "" {
		o.source += " (" + strings.TrimSpace(title+" "+version) + ")"
	}
	if ext, ok := doc["externalDocs"].(map[string]any); ok {
		if u := str(ext["url"]); strings.HasPrefix(u, "https://") {
			o.docsURL = u
		}
	}
	o.servers()
	// The codes, in the order a reader of the document meets them.
	o.extensions("", doc, 0)
	o.prose.WriteString(str(info["description"]) + "\n")
	o.descriptions(str(info["description"]), "info.description")
	if tags, ok := doc["tags"].([]any); ok {
		for _, t := range tags {
			if tm, ok := t.(map[string]any); ok {
				o.descriptions(str(tm["description"]), "tag "+str(tm["name"]))
			}
		}
	}
	o.responses()
	if o.typePrefix != "" { // codes named bare in the prose are problem types too
		for _, c := range o.codes {
			if !strings.Contains(c.code, "/") {
				c.code = o.typePrefix + c.code
			}
		}
	}
	return o.finish(title)
}

// servers takes the API's host names from servers, leaving out reserved example hosts.
func (o *openAPI) servers() {
	list, _ := o.doc["servers"].([]any)
	for _, s := range list {
		sm, _ := s.(map[string]any)
		u, err := url.Parse(str(sm["url"]))
		if err != nil || u.Hostname() == "" || strings.ContainsAny(u.Host, "{}") {
			continue
		}
		h := strings.ToLower(u.Hostname())
		if reserved(h) || slices.Contains(o.hosts, h) {
			continue
		}
		o.hosts = append(o.hosts, h)
	}
}

// reserved reports a host of the names kept for examples and tests (RFC 2606, RFC 6761),
// an address, or a name without a dot.
func reserved(h string) bool {
	for _, r := range []string{"example.com", "example.org", "example.net", "example", "test", "localhost", "invalid", "local"} {
		if h == r || strings.HasSuffix(h, "."+r) {
			return true
		}
	}
	return !strings.Contains(h, ".") || net.ParseIP(h) != nil
}

// resolve follows a local $ref ("#/components/schemas/Problema"); depth bounds chains.
func (o *openAPI) resolve(v any) (map[string]any, string) {
	m, _ := v.(map[string]any)
	where := ""
	for range 16 {
		ref, ok := m["$ref"].(string)
		if !ok {
			return m, where
		}
		ptr, ok := strings.CutPrefix(ref, "#/")
		if !ok {
			return nil, ""
		}
		where = ref
		var cur any = o.doc
		for _, step := range strings.Split(ptr, "/") {
			step = strings.ReplaceAll(strings.ReplaceAll(step, "~1", "/"), "~0", "~")
			cm, _ := cur.(map[string]any)
			cur = cm[step]
		}
		m, _ = cur.(map[string]any)
	}
	return nil, ""
}

// errorStatus reads a response key: a 4xx or 5xx status, a range (4XX), or default.
func errorStatus(key string) (status int, isError bool) {
	switch k := strings.ToUpper(key); {
	case k == "DEFAULT", k == "4XX", k == "5XX":
		return 0, true
	}
	s := statusOf(key)
	return s, s >= 400
}

func statusOf(key string) int { return status(key) }

// responses reads every error response of every operation, then the shared ones.
func (o *openAPI) responses() {
	paths, _ := o.doc["paths"].(map[string]any)
	seen := map[string]bool{}
	for _, p := range sortedKeys(paths) {
		item, _ := paths[p].(map[string]any)
		for _, method := range sortedKeys(item) {
			op, _ := item[method].(map[string]any)
			rs, _ := op["responses"].(map[string]any)
			for _, key := range sortedKeys(rs) {
				st, isErr := errorStatus(key)
				if !isErr {
					continue
				}
				r, ref := o.resolve(rs[key])
				if ref != "" {
					seen[ref] = true
				}
				o.response(r, st, strings.ToUpper(method)+" "+p+" "+key)
			}
		}
	}
	comps, _ := o.doc["components"].(map[string]any)
	shared, _ := comps["responses"].(map[string]any)
	for _, name := range sortedKeys(shared) {
		if seen["#/components/responses/"+name] {
			continue
		}
		r, _ := o.resolve(shared[name])
		if looksLikeError(r) {
			o.response(r, 0, "components.responses."+name)
		}
	}
}

// looksLikeError reports whether a shared response, used by no operation the import
// read, is an error's: its schema has a code member.
func looksLikeError(r map[string]any) bool {
	content, _ := r["content"].(map[string]any)
	for _, mt := range content {
		mm, _ := mt.(map[string]any)
		if strings.Contains(str(mm["schema"]), "rror") || strings.Contains(strings.ToLower(str(r["description"])), "error") {
			return true
		}
	}
	return false
}

// response reads one error response's schemas and examples.
func (o *openAPI) response(r map[string]any, st int, where string) {
	if r == nil {
		return
	}
	o.prose.WriteString(str(r["description"]) + "\n")
	content, _ := r["content"].(map[string]any)
	for _, mtName := range sortedKeys(content) {
		mt, _ := content[mtName].(map[string]any)
		schema, ref := o.resolve(mt["schema"])
		schemaName := ref
		if schemaName == "" {
			schemaName = where
		}
		o.schema(schema, "", schemaName, st, map[string]bool{}, 0)
		if ex, ok := mt["example"]; ok {
			o.example(ex, st, where)
		}
		exs, _ := mt["examples"].(map[string]any)
		for _, name := range sortedKeys(exs) {
			e, eref := o.resolve(exs[name])
			src := where + " example " + name
			if eref != "" {
				src = eref
			}
			o.example(e["value"], st, src)
		}
	}
}

// schema walks an error schema for code members with an enum (or an example), noting
// where the body keeps its code, message and request id.
func (o *openAPI) schema(s map[string]any, path, where string, st int, seen map[string]bool, depth int) {
	if s == nil || depth > 6 {
		return
	}
	for _, k := range []string{"allOf", "oneOf", "anyOf"} {
		list, _ := s[k].([]any)
		for _, sub := range list {
			ss, ref := o.resolve(sub)
			if ref != "" {
				if seen[ref] {
					continue
				}
				seen[ref] = true
			}
			o.schema(ss, path, where, st, seen, depth+1)
		}
	}
	if items, ok := s["items"]; ok {
		is, _ := o.resolve(items)
		o.schema(is, join(path, "0"), where, st, seen, depth+1)
	}
	props, _ := s["properties"].(map[string]any)
	if len(props) == 0 {
		return
	}
	problem := props["type"] != nil && props["title"] != nil && props["status"] != nil
	var codePath string
	for _, name := range sortedKeys(props) {
		p, ref := o.resolve(props[name])
		if p == nil {
			continue
		}
		n := norm(name)
		isCode := slices.Contains(codeMembers, n) || problem && n == "type"
		enum, _ := p["enum"].([]any)
		if !isCode && (n == "name" || n == "issue") && len(enum) > 0 {
			isCode = true
		}
		if isCode && str(p["type"]) != "object" && str(p["type"]) != "array" {
			codePath = join(path, name)
			o.prose.WriteString(str(p["description"]) + "\n")
			for _, e := range enum {
				c := code{code: str(e), from: fromEnum, source: o.opts.Origin + " (" + trimRef(where) + ", " + name + " enum)"}
				if st != 0 {
					c.statuses = []int{st}
				}
				o.add(c)
			}
			if ex := str(p["example"]); ex != "" && len(enum) == 0 && problem {
				o.learnPrefix(ex)
			}
			continue
		}
		if ref != "" {
			if seen[ref] {
				continue
			}
			seen[ref] = true
		}
		if str(p["type"]) == "object" || p["properties"] != nil || p["allOf"] != nil || str(p["type"]) == "array" {
			o.schema(p, join(path, name), where, st, seen, depth+1)
		}
	}
	if codePath == "" {
		return
	}
	o.bodyPath("code", codePath)
	for _, name := range sortedKeys(props) {
		for _, group := range []struct {
			key   string
			names []string
		}{{"message", messageMembers}, {"requestId", requestIDMembers}, {"details", detailMembers}} {
			if slices.ContainsFunc(group.names, func(m string) bool { return norm(m) == norm(name) }) {
				o.bodyPath(group.key, join(path, name))
			}
		}
	}
	req, _ := s["required"].([]any)
	if problem {
		return // RFC 9457's members are every problem's: no evidence for this API
	}
	var env []string
	for _, r := range req {
		env = append(env, join(path, str(r)))
	}
	if len(env) >= 2 && slices.Contains(env, codePath) && len(o.body["envelope"]) == 0 {
		o.body["envelope"] = env
	}
}

func (o *openAPI) bodyPath(key, path string) {
	if !slices.Contains(o.body[key], path) && len(o.body[key]) < 4 {
		o.body[key] = append(o.body[key], path)
	}
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func trimRef(ref string) string {
	return strings.ReplaceAll(strings.TrimPrefix(ref, "#/"), "/", ".")
}

// learnPrefix notes the part of a problem type URI before its code.
func (o *openAPI) learnPrefix(typ string) {
	if i := strings.LastIndexByte(typ, '/'); i > 0 && strings.Contains(typ, "://") && o.typePrefix == "" {
		o.typePrefix = typ[:i+1]
	}
}

// example reads an error example: its code, status, title and message.
func (o *openAPI) example(v any, st int, where string) {
	m, _ := v.(map[string]any)
	if m == nil {
		return
	}
	if inner, ok := m["error"].(map[string]any); ok { // {"error": {...}}
		m = inner
	}
	var c code
	problem := m["type"] != nil && m["title"] != nil
	for _, k := range sortedKeys(m) {
		n := norm(k)
		if slices.Contains(codeMembers, n) || problem && n == "type" {
			if s := str(m[k]); s != "" {
				c.code = s
				break
			}
		}
	}
	if c.code == "" {
		return
	}
	if problem && strings.Contains(c.code, "://") {
		o.learnPrefix(c.code)
		c.title = clean(str(m["title"]))
	}
	if s := status(m["status"]); s != 0 {
		st = s
	}
	if st != 0 {
		c.statuses, c.statusSure = []int{st}, true
	}
	for _, k := range messageMembers {
		if s := clean(str(m[k])); s != "" && len(s) < 600 {
			c.meaning, c.meaningFrom = s, "example"
			break
		}
	}
	c.from = fromExample
	c.source = o.opts.Origin + " (" + trimRef(where) + ")"
	o.prose.WriteString(c.meaning + "\n")
	o.add(c)
}

// descriptions reads error sections in Markdown: a heading that names a code in
// backticks, then its HTTP status and meaning.
func (o *openAPI) descriptions(md, where string) {
	if md == "" {
		return
	}
	lines := strings.Split(md, "\n")
	for i := 0; i < len(lines); i++ {
		h := mdCodeHeading.FindStringSubmatch(strings.TrimSpace(lines[i]))
		if h == nil {
			continue
		}
		var section []string
		for j := i + 1; j < len(lines) && !mdHeading.MatchString(strings.TrimSpace(lines[j])); j++ {
			section = append(section, lines[j])
		}
		c := code{code: h[2], from: fromDescription, source: o.opts.Origin + " (" + where + ", " + h[2] + ")"}
		for _, l := range section {
			t := strings.TrimSpace(l)
			if m := meaningLabel.FindStringSubmatch(t); m != nil && c.meaning == "" {
				c.meaning = clean(m[2])
			}
			if strings.Contains(strings.ToLower(t), "status") && len(c.statuses) == 0 {
				for _, s := range statusNumber.FindAllString(t, -1) {
					if n := status(s); n != 0 && !slices.Contains(c.statuses, n) {
						c.statuses = append(c.statuses, n)
					}
				}
			}
		}
		if c.meaning == "" && len(c.statuses) == 0 {
			continue // a heading in backticks that is not an error's
		}
		if len(c.statuses) > 1 { // "404 ou 410": the first is the usual one
			c.statuses = c.statuses[:1]
		}
		c.statusSure = len(c.statuses) > 0
		o.add(c)
	}
}

// extensions reads x-error-codes and x-errors anywhere in the document: a list of codes,
// of objects with a code, or a map from code to a message or an object.
func (o *openAPI) extensions(path string, v any, depth int) {
	if depth > 12 {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		for _, k := range sortedKeys(x) {
			if n := strings.ToLower(k); n == "x-error-codes" || n == "x-errors" || n == "x-error-code" {
				o.extension(x[k], join(path, k))
				continue
			}
			o.extensions(join(path, k), x[k], depth+1)
		}
	case []any:
		for _, e := range x {
			o.extensions(path, e, depth+1)
		}
	}
}

func (o *openAPI) extension(v any, where string) {
	add := func(key string, e any) {
		c := entryCode(key, e)
		c.from, c.source = fromExtension, o.opts.Origin+" ("+where+")"
		c.statusSure = len(c.statuses) > 0
		o.prose.WriteString(c.meaning + "\n")
		o.add(c)
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			add("", e)
		}
	case map[string]any:
		for _, k := range sortedKeys(x) {
			add(k, x[k])
		}
	}
}

// entryCode reads one code entry of an extension or an errors file: a bare code, a
// {code: meaning} pair, or an object with code, status, title, meaning, fix.
func entryCode(key string, e any) code {
	c := code{code: key}
	switch x := e.(type) {
	case string:
		if key == "" {
			c.code = x
		} else {
			c.meaning = clean(x)
		}
	case int, float64:
		if key == "" {
			c.code = str(x)
		} else if s := status(x); s != 0 {
			c.statuses = []int{s}
		}
	case map[string]any:
		if len(x) == 1 && key == "" { // {api_error: "what it means"}
			for k, v := range x {
				if s, ok := v.(string); ok {
					return code{code: k, meaning: clean(s)}
				}
			}
		}
		for _, k := range []string{"code", "error_code", "errorCode", "id", "name", "type"} {
			if s := str(x[k]); s != "" && c.code == "" {
				c.code = s
			}
		}
		for _, k := range []string{"status", "http_status", "httpStatus", "statusCode", "status_code", "http"} {
			if s := status(x[k]); s != 0 {
				c.statuses = []int{s}
				break
			}
		}
		for _, k := range []string{"title", "summary"} {
			if s := clean(str(x[k])); s != "" {
				c.title = s
				break
			}
		}
		for _, k := range []string{"meaning", "description", "message", "detail", "reason"} {
			if s := clean(str(x[k])); s != "" {
				c.meaning = s
				break
			}
		}
		for _, k := range []string{"fix", "action", "remediation", "solution", "solve", "resolution"} {
			switch f := x[k].(type) {
			case string:
				if s := clean(f); s != "" {
					c.fix = append(c.fix, s)
				}
			case []any:
				for _, step := range f {
					if s := clean(str(step)); s != "" {
						c.fix = append(c.fix, s)
					}
				}
			}
		}
	}
	if c.title == "" && upperSnake.MatchString(c.meaning) { // meaning: DO_NOT_HONOR is a name
		c.title, c.meaning = humanize(c.meaning), ""
	}
	return c
}

var upperSnake = regexp.MustCompile(`^[A-Z][A-Z0-9_]+$`)

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
