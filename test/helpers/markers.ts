/**
 * Expected diagnostics written into fixture drafts:
 *
 *   <!-- expect: profanity "shit" -->                  markdown body
 *   # expect: metadata/unknownField @7:1 "platfroms"   YAML, front matter
 *
 * `ruleId[/messageId] [@line[:column]] "excerpt"` (the excerpt is a JSON string).
 * Without `@line`, a marker alone on its line refers to the line above it
 * (other markers skipped); a marker after text on its line refers to that line.
 */
export interface Marker {
  ruleId: string;
  messageId?: string;
  line: number;
  column?: number;
  excerpt: string;
  /** Where the marker is written, for messages. */
  at: number;
}

const MARKER = /(?:<!--|#)\s*expect:\s*([a-z][a-z0-9-]*)(?:\/(\w+))?(?:\s+@(\d+)(?::(\d+))?)?\s+("(?:[^"\\]|\\.)*")/g;

export function readMarkers(text: string): Marker[] {
  const lines = text.split(/\r\n|\n|\r/);
  const isMarkerLine = (line: string) =>
    /expect:/.test(line) && line.replace(/<!--\s*expect:.*?-->/g, '').replace(/#\s*expect:.*$/, '').trim() === '';
  const markers: Marker[] = [];
  lines.forEach((line, index) => {
    for (const m of line.matchAll(MARKER)) {
      let target: number;
      if (m[3]) target = Number(m[3]);
      else if (line.slice(0, m.index).trim() !== '') target = index + 1;
      else {
        let above = index - 1;
        while (above >= 0 && isMarkerLine(lines[above]!)) above--;
        target = above + 1;
      }
      markers.push({
        ruleId: m[1]!,
        ...(m[2] ? { messageId: m[2] } : {}),
        line: target,
        ...(m[4] ? { column: Number(m[4]) } : {}),
        excerpt: JSON.parse(m[5]!) as string,
        at: index + 1,
      });
    }
  });
  return markers;
}

/** The text between two 1-based (line, UTF-16 column) positions, computed independently of the engine. */
export function sliceByPosition(text: string, line: number, column: number, endLine: number, endColumn: number): string {
  const starts = [0];
  const re = /\r\n|\n|\r/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  const offset = (l: number, c: number) => (starts[l - 1] ?? text.length) + c - 1;
  return text.slice(offset(line, column), offset(endLine, endColumn));
}
