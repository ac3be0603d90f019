import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../src/formats/index.js'
import { clean } from '../src/pipeline/clean.js'
import { contentHash } from '../src/review/decisions.js'
import { reviewData } from '../src/review/model.js'
import { escapeHtml, renderReviewPage, scriptJson } from '../src/review/page.js'
import { record } from './helpers/records.js'

const raw = readFileSync(new URL('../fixtures/igf2017-cybersecurity/dev.txt', import.meta.url), 'utf8')
let run: ReturnType<typeof clean> | undefined
const cleaned = () => (run ??= clean(raw, { path: 'dev.txt' }))

const scriptsOf = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1]!, body: m[2]! }))
const stylesOf = (html: string) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)
const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
const dataOf = (html: string) => JSON.parse(scriptsOf(html).find((s) => s.attrs.includes('application/json'))!.body)

describe('review page', () => {
  it('is one self-contained file: nothing loaded from anywhere, CSP hashes match the inline script and style', async () => {
    const result = await cleaned()
    const html = renderReviewPage([{ document: result.document, corrections: result.corrections, flags: result.flags }])
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>')
    expect(markup).not.toMatch(/<(link|img|iframe|object|embed|base)\b/i)
    expect(markup).not.toMatch(/\b(src|href)\s*=/i)
    // The script fetches nothing either.
    expect(html).not.toMatch(/fetch\(|XMLHttpRequest|import\(|new Worker|https?:\/\//)
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]
    expect(csp).toBeDefined()
    const directives = new Map(csp!.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('img-src')).toEqual(['data:'])
    const scripts = scriptsOf(html)
    const executable = scripts.filter((s) => !s.attrs.includes('application/json'))
    expect(executable).toHaveLength(1)
    expect(directives.get('script-src')).toEqual([sha(executable[0]!.body)])
    const styles = stylesOf(html)
    expect(styles).toHaveLength(1)
    expect(styles[0]).not.toMatch(/@import|url\(|@font-face/i)
    expect(directives.get('style-src')).toEqual([sha(styles[0]!)])
    expect(html).not.toMatch(/\sstyle=/)
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })

  it('embeds the records as JSON the page can read back exactly', async () => {
    const result = await cleaned()
    const data = dataOf(renderReviewPage([{ document: result.document, corrections: result.corrections, flags: result.flags }]))
    expect(data.files).toHaveLength(1)
    expect(data.files[0].text).toBe(result.document.text)
    expect(data.files[0].contentHash).toBe(contentHash(raw))
    expect(data.files[0].records.filter((r: { flag: boolean }) => !r.flag).map((r: { id: string }) => r.id).sort()).toEqual(
      result.corrections.map((c) => c.id).sort(),
    )
  })

  it('keeps hostile caption text, file names and glossary terms inert', () => {
    const hostile =
      'We thank the chair.</script><script>window.pwned=1</script> The <img src=x onerror="window.pwned=2"> panel </textarea><!-- closes the session.\n'
    const document = parseDocument(hostile, { path: '<img src=x onerror=alert(1)>.txt', format: 'text' })
    const at = hostile.indexOf('<img')
    const html = renderReviewPage([
      {
        document,
        corrections: [
          record(document, at, at + 30, ['<script>window.pwned=3</script>', '</textarea><b>'], {
            reason: '</script><svg onload=alert(1)>',
            glossaryTerm: '<iframe srcdoc=x>',
            evidence: { '<x>': '</script>' },
          }),
        ],
        flags: [],
      },
    ])
    // Only the page's own two script elements, and only the page's own tags.
    expect(html.match(/<script/gi)).toHaveLength(2)
    expect(html.match(/<\/script/gi)).toHaveLength(2)
    expect(html).not.toMatch(/<img|<svg|<iframe|<textarea|<!--|<\/textarea/i)
    expect(html).toContain(escapeHtml('<img src=x onerror=alert(1)>.txt'))
    // The data still says exactly what the file says.
    const data = dataOf(html)
    expect(data.files[0].text).toBe(hostile)
    expect(data.files[0].path).toBe('<img src=x onerror=alert(1)>.txt')
    expect(data.files[0].records[0].reason).toBe('</script><svg onload=alert(1)>')
  })

  it('escapes every character that can end a data block', () => {
    const json = scriptJson({ a: '</script><!--<>&\u2028' })
    expect(json).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(json)).toEqual({ a: '</script><!--<>&\u2028' })
  })

  it('carries cue times for caption files', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,500\nwe need global corporation\n\n2\n00:00:03,500 --> 00:00:06,000\non cyber security\n'
    const document = parseDocument(srt, { path: 'talk.srt', format: 'srt' })
    const data = reviewData([{ document, corrections: [], flags: [] }])
    expect(data.files[0]!.cueMarks).toEqual([
      { offset: 0, start: '00:00:01,000' },
      { offset: document.text.indexOf('on cyber'), start: '00:00:03,500' },
    ])
  })
})
