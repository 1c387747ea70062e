// cards-dom.mjs gives card.js what it uses of the DOM (document.createElement,
// createElementNS, createTextNode; setAttribute, appendChild; outerHTML), as plain objects
// that write themselves out as HTML, and the globalThis.decifra that card.js adds its
// functions to (cards.mjs takes them and removes it). It is imported before card.js.
//
// Every string becomes text: &, <, >, " and ' are escaped in text and attribute values
// alike, as templ escapes them; card.js never parses markup.
const escapes = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;" };
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => escapes[c]);

class Text {
  constructor(text) {
    this.text = text;
  }
  get outerHTML() {
    return escape(this.text);
  }
}

class Element {
  constructor(tag) {
    this.tag = tag;
    this.attrs = new Map();
    this.kids = [];
  }
  setAttribute(name, value) {
    this.attrs.set(name, String(value));
  }
  appendChild(node) {
    this.kids.push(node);
    return node;
  }
  get outerHTML() {
    let s = "<" + this.tag;
    for (const [name, value] of this.attrs) s += " " + name + '="' + escape(value) + '"';
    s += ">";
    for (const k of this.kids) s += k.outerHTML;
    return s + "</" + this.tag + ">";
  }
}

globalThis.document = {
  createElement: (tag) => new Element(tag),
  createElementNS: (_ns, tag) => new Element(tag),
  createTextNode: (text) => new Text(text),
};
globalThis.decifra = {};
