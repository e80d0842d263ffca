// A deliberately small XML 1.0 parser for tests: enough to prove a document is well-formed
// (balanced tags, quoted attributes, known entities, no forbidden characters) and to read it back.
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const FORBIDDEN = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const NAME = /^[A-Za-z_][\w.-]*/;

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`raw "<" in ${where}`);
  return raw.replace(/&([^;]*);?/g, (match, entity: string) => {
    if (!match.endsWith(';')) throw new Error(`unterminated entity in ${where}: ${match}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity in named) return named[entity]!;
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : entity.startsWith('#') ? parseInt(entity.slice(1), 10) : NaN;
    if (!Number.isFinite(code)) throw new Error(`unknown entity &${entity}; in ${where}`);
    const char = String.fromCodePoint(code);
    if (FORBIDDEN.test(char)) throw new Error(`character reference to a forbidden character in ${where}`);
    return char;
  });
}

export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN.test(xml)) throw new Error('document contains a character XML 1.0 forbids');
  let at = 0;
  const declaration = /^<\?xml[^?]*\?>\s*/.exec(xml);
  if (declaration) at = declaration[0].length;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  while (at < xml.length) {
    const top = stack[stack.length - 1]!;
    if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at);
      if (end < 0) throw new Error('unterminated comment');
      at = end + 3;
    } else if (xml.startsWith('<![CDATA[', at)) {
      const end = xml.indexOf(']]>', at);
      if (end < 0) throw new Error('unterminated CDATA');
      top.text += xml.slice(at + 9, end);
      at = end + 3;
    } else if (xml.startsWith('</', at)) {
      const end = xml.indexOf('>', at);
      const name = xml.slice(at + 2, end).trim();
      if (name !== top.name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      at = end + 1;
    } else if (xml[at] === '<') {
      at++;
      const name = NAME.exec(xml.slice(at))?.[0];
      if (!name) throw new Error(`bad tag name at ${at}`);
      at += name.length;
      const element: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (;;) {
        const space = /^\s*/.exec(xml.slice(at))![0];
        at += space.length;
        if (xml.startsWith('/>', at)) {
          at += 2;
          top.children.push(element);
          break;
        }
        if (xml[at] === '>') {
          at += 1;
          top.children.push(element);
          stack.push(element);
          break;
        }
        if (!space) throw new Error(`attributes of <${name}> must be separated by space`);
        const attribute = /^([A-Za-z_][\w.-]*)="([^"]*)"/.exec(xml.slice(at));
        if (!attribute) throw new Error(`bad attribute in <${name}> at ${at}: ${xml.slice(at, at + 40)}`);
        if (attribute[1]! in element.attributes) throw new Error(`duplicate attribute ${attribute[1]}`);
        element.attributes[attribute[1]!] = decode(attribute[2]!, `attribute ${attribute[1]} of <${name}>`);
        at += attribute[0].length;
      }
    } else {
      const end = xml.indexOf('<', at) < 0 ? xml.length : xml.indexOf('<', at);
      const raw = xml.slice(at, end);
      if (raw.includes(']]>')) throw new Error('"]]>" in text');
      if (stack.length === 1 && raw.trim()) throw new Error('text outside the root element');
      top.text += decode(raw, `text of <${top.name}>`);
      at = end;
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (root.children.length !== 1) throw new Error('a document has exactly one root element');
  return root.children[0]!;
}

export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...findAll(child, name)]);
}
