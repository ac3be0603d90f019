/**
 * The review page in a real browser (Debian chromium driven by playwright-core): it renders every
 * record, decisions exported from it replay to the expected text, hostile captions run nothing, and
 * 500 corrections on a 15,000-word transcript stay fast. Skipped only off CI when chromium is missing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDocument } from '../src/formats/index.js'
import { applyCorrections } from '../src/pipeline/apply.js'
import { run as check } from '../src/cli/commands/check.js'
import { clean } from '../src/pipeline/clean.js'
import { run as review } from '../src/cli/commands/review.js'
import { applyDecisions, contentHash, decisionFor, parseDecisions, type DecisionsFile } from '../src/review/decisions.js'
import { renderReviewPage } from '../src/review/page.js'
import type { Correction } from '../src/types.js'
import { memoryIo } from './cli-helpers.js'
import { record } from './helpers/records.js'

const CHROMIUM = '/usr/bin/chromium'
const canRun = existsSync(CHROMIUM) || Boolean(process.env.CI)
const raw = readFileSync(new URL('../fixtures/igf2017-cybersecurity/dev.txt', import.meta.url), 'utf8')

describe.skipIf(!canRun)('review page in chromium', () => {
  let browser: Browser
  let dir: string

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    })
    dir = mkdtempSync(join(tmpdir(), 'captidy-review-'))
  })
  afterAll(async () => {
    await browser?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  /** Opens a page from a file, collecting console errors, page errors, dialogs and requests. */
  async function open(html: string, name: string) {
    const path = join(dir, name)
    writeFileSync(path, html)
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true })
    const page = await context.newPage()
    const problems: string[] = []
    const requests: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`)
      void d.dismiss()
    })
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('blob:')) requests.push(r.url())
    })
    await page.goto(pathToFileURL(path).href)
    await page.waitForSelector('html[data-ready]')
    return { page, problems, requests, close: () => context.close() }
  }

  async function exportDecisions(page: Page): Promise<DecisionsFile> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export"]')])
    expect(download.suggestedFilename()).toBe('captidy-decisions.json')
    return parseDecisions(JSON.parse(readFileSync((await download.path())!, 'utf8')), 'downloaded')
  }

  it('shows one element per correction the JSON reporter reports; a rejection exported replays to exactly the expected text', async () => {
    // The real CLI path: `check --reporter json` for the records, `review` for the page.
    writeFileSync(join(dir, 'dev.txt'), raw)
    const { io, stdout } = memoryIo(dir)
    await check(['dev.txt', '--reporter', 'json', '--no-config', '--jobs', '1', '--quiet'], io)
    const reported = JSON.parse(stdout()) as Array<{ path: string; corrections: Correction[]; flags: Correction[] }>
    expect(reported).toHaveLength(1)
    const { corrections, flags } = reported[0]!
    expect(corrections.length).toBeGreaterThan(0)
    expect(await review(['dev.txt', '--out', 'dev.html', '--no-config'], io)).toBe(0)

    const { page, problems, requests, close } = await open(readFileSync(join(dir, 'dev.html'), 'utf8'), 'dev-page.html')
    expect(await page.locator('[data-correction]').count()).toBe(corrections.length)
    expect(await page.locator('[data-flag]').count()).toBe(flags.length)
    const shownIds = await page.locator('[data-correction]').evaluateAll((els) => els.map((el) => el.getAttribute('data-correction')))
    expect(shownIds.sort()).toEqual(corrections.map((c) => c.id).sort())
    for (const c of corrections.slice(0, 20)) {
      expect(await page.locator(`[data-correction="${c.id}"] del`).textContent()).toBe(c.actual)
    }

    // Reject the first applied correction by its button; accept a suggestion if there is one.
    const rejected = corrections.find((c) => c.applied)!
    await page.click(`[data-correction="${rejected.id}"] [data-action="reject"]`)
    const suggestion = corrections.find((c) => !c.applied && !corrections.some((o) => o !== c && o.applied && o.range[0] < c.range[1] && c.range[0] < o.range[1]))
    if (suggestion) await page.click(`[data-correction="${suggestion.id}"] [data-action="accept"]`)
    expect(await page.getAttribute('#counts', 'data-reviewed')).toBe(suggestion ? '2' : '1')

    const decisions = await exportDecisions(page)
    expect(decisions.files).toHaveLength(1)
    expect(decisions.files[0]!.contentHash).toBe(contentHash(raw))
    const expected = applyCorrections(
      raw,
      corrections.map((c) => (c.id === rejected.id ? { ...c, applied: false } : c.id === suggestion?.id ? { ...c, applied: true } : c)),
    )
    expect(expected).not.toBe(applyCorrections(raw, corrections))
    expect(applyDecisions(raw, corrections, decisions.files[0]!)).toBe(expected)
    expect(problems).toEqual([])
    expect(requests).toEqual([])
    await close()
  }, 120_000)

  it('runs none of the markup in a hostile transcript, file name, reason or glossary term', async () => {
    const hostile = [
      'Thank you, chair.</script><script>window.pwned = 1; alert(1)</script> We begin.',
      'The <img src=x onerror="window.pwned = 2; alert(2)"> panel on cyber security </textarea><textarea> resumes.',
      '<svg onload="window.pwned = 3"></svg><!-- the session <b>closes</b> -->',
      '',
    ].join('\n')
    const document = parseDocument(hostile, { path: '<img src=x onerror="window.pwned=4">.txt', format: 'text' })
    const img = hostile.indexOf('<img')
    const svg = hostile.indexOf('<svg')
    const corrections = [
      record(document, img, img + 10, ['<script>window.pwned = 5</script>', '<img src=y onerror="window.pwned=6">'], {
        reason: '</script><img src=z onerror="window.pwned=7">',
        glossaryTerm: '<iframe srcdoc="<script>window.pwned=8</script>">',
        evidence: { '<b onmouseover="window.pwned=9">': '</textarea>' },
      }),
    ]
    const flags = [record(document, svg, svg + 20, [], { confidence: 0.2, reason: '<svg onload="window.pwned=10">' })]
    const { page, problems, requests, close } = await open(renderReviewPage([{ document, corrections, flags }]), 'hostile.html')
    // Open the detail panel, choose the hostile alternative, hover: nothing may run.
    await page.click('[data-correction] del')
    expect(await page.locator('#detail').textContent()).toContain('</script><img src=z onerror="window.pwned=7">')
    expect(await page.locator('#detail').textContent()).toContain('<b onmouseover="window.pwned=9">')
    await page.keyboard.press('2')
    await page.hover('[data-flag]')
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined')
    expect(await page.locator('main img, main svg, main script, main iframe, main textarea, main b, aside img, aside iframe').count()).toBe(0)
    const shown = await page.locator('#files').textContent()
    expect(shown).toContain('</script><script>window.pwned = 1; alert(1)</script>')
    expect(shown).toContain('</textarea><textarea> resumes.')
    expect(shown).toContain('<img src=x onerror="window.pwned=4">.txt')
    expect(await page.locator('[data-correction] ins').textContent()).toBe('<img src=y onerror="window.pwned=6">')
    expect(await page.locator('#detail').textContent()).toContain('<svg onload="window.pwned=10">')
    expect(await page.title()).toContain('<img src=x onerror="window.pwned=4">.txt')
    expect(problems).toEqual([])
    expect(requests).toEqual([])
    await close()
  })

  it('keeps up with 500 corrections on a 15,000-word transcript: render once, keys touch one element', async () => {
    // Two copies of the dev transcript (about 17,700 words), with a correction on every 20th long word.
    const text = `${raw}\n${raw}`
    const document = parseDocument(text, { path: 'long.txt', format: 'text' })
    const words = [...text.matchAll(/[A-Za-z]{4,}/g)]
    expect(text.split(/\s+/).length).toBeGreaterThan(15_000)
    const corrections: Correction[] = []
    for (let i = 0; i < words.length && corrections.length < 500; i += 20) {
      const word = words[i]!
      const start = word.index!
      const confidence = [0.95, 0.75, 0.45][corrections.length % 3]!
      corrections.push(
        record(document, start, start + word[0].length, [word[0].toUpperCase(), `${word[0]}s`], {
          confidence,
          applied: confidence >= 0.5,
          ruleId: ['upper', 'plural'][corrections.length % 2]!,
        }),
      )
    }
    expect(corrections).toHaveLength(500)
    const html = renderReviewPage([{ document, corrections, flags: [] }])
    const started = Date.now()
    const { page, problems, close } = await open(html, 'long.html')
    const loadMs = Date.now() - started
    const renderMs = Number(await page.getAttribute('html', 'data-ready'))
    expect(await page.locator('[data-correction]').count()).toBe(500)

    // 100 keystrokes: j, a, r, 2 and u in turn.
    const keys = Array.from({ length: 100 }, (_, i) => ['j', 'a', 'r', '2', 'u'][i % 5]!)
    const keyStart = Date.now()
    for (const key of keys) await page.keyboard.press(key)
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(resolve))')
    const perKeyMs = (Date.now() - keyStart) / keys.length
    // The page's own work per key (handler, style and layout), without the driver's round trip.
    const inPageMs = Number(
      await page.evaluate(`(() => {
        const t0 = performance.now()
        for (const key of ${JSON.stringify(keys)}) {
          document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
          void document.body.offsetHeight
        }
        return (performance.now() - t0) / ${keys.length}
      })()`),
    )

    // Filters and "accept all at or above" touch only what they must.
    await page.fill('#above', '0.9')
    await page.click('[data-action="accept-above"]')
    const high = corrections.filter((c) => c.confidence >= 0.9).length
    const reviewed = Number(await page.getAttribute('#counts', 'data-reviewed'))
    expect(reviewed).toBeGreaterThanOrEqual(high)
    await page.uncheck('[data-band="low"]')
    expect(await page.locator('[data-correction].is-off').count()).toBe(corrections.filter((c) => c.confidence < 0.6).length)
    await page.selectOption('#rule-filter', 'hand/plural')
    expect(await page.locator('[data-correction]:not(.is-off)').count()).toBe(
      corrections.filter((c) => c.confidence >= 0.6 && c.ruleId === 'plural').length,
    )

    const decisions = await exportDecisions(page)
    const decided = decisions.files[0]!.decisions
    expect(decided.length).toBe(reviewed)
    expect(applyDecisions(document, corrections, decisions.files[0]!)).toBe(
      applyCorrections(
        text,
        corrections.map((c) => {
          const d = decided.find((x) => x.id === c.id)
          if (!d) return c
          if (d.action === 'reject') return { ...c, applied: false }
          return { ...c, applied: true, expected: [d.choice!] }
        }),
      ),
    )
    // Printed for the README's performance figures.
    process.stdout.write(`review page, 500 corrections / ${text.split(/\s+/).length} words: ${(html.length / 1024).toFixed(0)} KiB, render ${renderMs} ms, load ${loadMs} ms, ${perKeyMs.toFixed(1)} ms per key driven, ${inPageMs.toFixed(1)} ms per key in the page\n`)
    expect(renderMs).toBeLessThan(1500)
    expect(perKeyMs).toBeLessThan(150)
    expect(inPageMs).toBeLessThan(30)
    expect(problems).toEqual([])
    await close()
  }, 120_000)

  it('shows cue times for a caption file and replays decisions without touching timings', async () => {
    // An SRT file made of real caption sentences: eight words a cue, two seconds each.
    const words = raw.split('\n').slice(4, 16).join(' ').split(/\s+/).filter(Boolean)
    const cues: string[] = []
    const time = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},000`
    for (let i = 0; i * 8 < words.length; i++) {
      cues.push(`${i + 1}\n${time(i * 2)} --> ${time(i * 2 + 2)}\n${words.slice(i * 8, i * 8 + 8).join(' ')}\n`)
    }
    const srt = cues.join('\n')
    const result = await clean(srt, { path: 'session.srt' })
    expect(result.document.format).toBe('srt')
    expect(result.corrections.length).toBeGreaterThan(0)
    const { page, problems, close } = await open(
      renderReviewPage([{ document: result.document, corrections: result.corrections, flags: result.flags }]),
      'srt.html',
    )
    expect(await page.locator('.cue-mark').count()).toBe(cues.length)
    expect(await page.locator('.cue-mark').first().textContent()).toBe('00:00:00,000')
    expect(await page.locator('[data-correction]').count()).toBe(result.corrections.length)
    const first = result.corrections.find((c) => c.applied) ?? result.corrections[0]!
    await page.click(`[data-correction="${first.id}"] del`)
    const detail = await page.locator('#detail').textContent()
    expect(first.cue).toBeDefined()
    expect(detail).toContain(`${first.cue!.start} \u2013 ${first.cue!.end}`)
    await page.click(`[data-correction="${first.id}"] [data-action="${first.applied ? 'reject' : 'accept'}"]`)
    const decisions = await exportDecisions(page)
    const out = applyDecisions(result.document, result.corrections, decisions.files[0]!)
    expect(out).toBe(applyCorrections(srt, result.corrections.map((c) => (c === first ? { ...c, applied: !c.applied } : c))))
    expect(out.match(/^\d\d:\d\d:\d\d,\d{3} --> .*$/gm)).toEqual(srt.match(/^\d\d:\d\d:\d\d,\d{3} --> .*$/gm))
    expect(problems).toEqual([])
    await close()
  }, 120_000)

  it('starts from the decisions of an earlier review and exports them again unchanged', async () => {
    const text = raw.split('\n').slice(0, 60).join('\n') + '\n'
    const result = await clean(text, { path: 'dev.txt' })
    const [first, second] = result.corrections.filter((c) => c.applied)
    const earlier = [decisionFor(first!, 'reject', result.document.text), decisionFor(second!, 'accept', result.document.text)]
    const html = renderReviewPage([{ document: result.document, corrections: result.corrections, flags: result.flags, decisions: earlier }])
    const { page, problems, close } = await open(html, 'resumed.html')
    expect(await page.getAttribute(`[data-correction="${first!.id}"]`, 'class')).toContain('is-rejected')
    expect(await page.getAttribute(`[data-correction="${second!.id}"]`, 'class')).toContain('is-accepted')
    expect(await page.getAttribute('#counts', 'data-reviewed')).toBe('2')
    expect(await page.textContent('#status')).toMatch(/Carried over 2 decisions/)
    const exported = await exportDecisions(page)
    expect(exported.files[0]!.decisions.map((d) => [d.id, d.action, d.choice])).toEqual(earlier.map((d) => [d.id, d.action, d.choice]))
    expect(problems).toEqual([])
    await close()
  }, 60_000)

  it('navigates with j/k, decides with a/r, picks alternatives with digits and undoes with u', async () => {
    const document = parseDocument(raw, { path: 'dev.txt', format: 'text' })
    // In reading order: an applied fix, one with an alternative, a suggestion, another applied fix.
    const cases: Array<[string, string[], number, boolean]> = [
      ['two mag members', ['two MAG members'], 0.95, true],
      ['insures', ['ensures', 'insure'], 0.7, true],
      ['for identify', ['forum identified', 'for identifying'], 0.4, false],
      ['a duck', ['attack'], 0.55, true],
    ]
    const corrections = cases.map(([actual, expected, confidence, applied]) => {
      const at = raw.indexOf(actual)
      expect(at).toBeGreaterThanOrEqual(0)
      return record(document, at, at + actual.length, expected, { confidence, applied })
    })
    expect(corrections.map((c) => c.range[0])).toEqual(corrections.map((c) => c.range[0]).sort((a, b) => a - b))
    const { page, problems, close } = await open(renderReviewPage([{ document, corrections, flags: [] }]), 'keys.html')
    const state = async (id: string) => page.getAttribute(`[data-correction="${id}"]`, 'class')
    await page.keyboard.press('j')
    expect(await state(corrections[0]!.id)).toContain('is-current')
    await page.keyboard.press('a') // accept first, go to second
    expect(await state(corrections[0]!.id)).toContain('is-accepted')
    expect(await state(corrections[1]!.id)).toContain('is-current')
    await page.keyboard.press('2') // second: choose "insure"
    expect(await page.locator(`[data-correction="${corrections[1]!.id}"] ins`).textContent()).toBe('insure')
    await page.keyboard.press('r') // third: reject
    expect(await state(corrections[2]!.id)).toContain('is-rejected')
    await page.keyboard.press('u')
    expect(await state(corrections[2]!.id)).not.toContain('is-rejected')
    expect(await state(corrections[2]!.id)).toContain('is-current')
    await page.keyboard.press('k')
    expect(await state(corrections[1]!.id)).toContain('is-current')
    expect(await page.textContent('#counts')).toMatch(/2 reviewed\s+2 remaining\s+2 accepted\s+0 rejected/)
    const decisions = await exportDecisions(page)
    expect(decisions.files[0]!.decisions.map((d) => [d.id, d.action, d.choice])).toEqual([
      [corrections[0]!.id, 'accept', 'two MAG members'],
      [corrections[1]!.id, 'accept', 'insure'],
    ])
    const out = applyDecisions(raw, corrections, decisions.files[0]!)
    expect(out).toContain('policy insure we end up')
    expect(out).toContain('introduce the two MAG members')
    expect(out).toContain('secure themselves from attack in which') // undecided, applied by the run
    expect(out).toContain('The best practices for identify the need') // undecided suggestion
    expect(problems).toEqual([])
    await close()
  })
})
