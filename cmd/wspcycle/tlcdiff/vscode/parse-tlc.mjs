// parse-tlc.mjs: reads TLC -tool output as the TLA+ VS Code extension does
// and compares the model-check result it yields for two outputs (TLC's and
// wspcycle's), after removing the facts of the machine and the moment.
//
// The extension (github.com/tlaplus/vscode-tlaplus) cannot be run here: it
// imports the 'vscode' module and is not published on npm. Its output parser,
// src/parsers/tlc.ts at commit 7bb9af6286a3752ad2e946521aa0eda7c4111c5f
// (ModelCheckResultBuilder) and the module-path part of src/parsers/sany.ts,
// is therefore ported here, rule for rule, written anew: the message framing
// (a STARTMSG line opens a message of its code, an ENDMSG line closes it,
// text before or after a marker belongs to the enclosing message, empty
// lines are dropped, lines between 2220 and 2219 go to SANY), the codes it
// acts on, and the regular expressions it matches message lines with. Values
// of variables are kept as text (the extension parses them with
// tlcValues.ts; equal text parses equally).
//
// Usage: node parse-tlc.mjs TLC.tool.out WSPCYCLE.tool.out
// Exit 0 when the two results are the same, 1 when they differ.

import { readFileSync } from 'node:fs';

const ERROR_CODES = new Set([1000, 2102, 2103, 2132, 2154, 2168, 2400, 2402, 2403,
    2107, 2108, 2109, 2110, 2111, 2146, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119,
    2130, 2131, 2164, 2165,
    2222, 2223, 2224, 2225, 2280, 2281, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233,
    2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245,
    5001, 5002, 5003, 5004, 5005, 5006]);

export function parse(text) {
    const r = {
        state: 'Running', status: 'NotStarted', processInfo: undefined, startDateTime: undefined,
        endDateTime: undefined, duration: undefined, initialStatesStat: [], coverageStat: [],
        errors: [], errorTrace: [], sanyLines: [], modulePaths: {}, outputLines: [],
        fingerprintCollisionProbability: undefined,
    };
    const stack = [];
    let cur = null;
    const start = (type) => { if (cur) { stack.push(cur); } cur = { type, lines: [] }; };
    const finish = () => { const m = cur; cur = stack.pop() || null; return m; };
    const addToMessage = (l) => { if (cur) { cur.lines.push(l); } };
    let firstStatTime;
    for (const line of text.split('\n')) {
        let eLine = line;
        const end = /^(.*)@!@!@ENDMSG \d+ @!@!@(.*)$/.exec(line);
        if (end) {
            if (end[1] !== '') { addToMessage(end[1]); }
            const m = finish();
            if (m) { handleEnd(m); }
            eLine = end[2];
        }
        const st = /^(.*)@!@!@STARTMSG (\d+)(:\d+)? @!@!@$/.exec(eLine);
        if (st) {
            if (st[1] !== '') { addToMessage(st[1]); }
            start(parseInt(st[2]));
            continue;
        }
        if (eLine === '') { continue; }
        if (r.status === 'SanyParsing') { r.sanyLines.push(eLine); continue; }
        if (cur) { cur.lines.push(eLine); continue; }
        const prev = r.outputLines[r.outputLines.length - 1];
        if (prev && prev.text === eLine) { prev.count++; } else { r.outputLines.push({ text: eLine, count: 1 }); }
    }
    if (r.status !== 'Finished') { r.state = 'Stopped'; }
    delete r.sanyLines;
    return r;

    function first(lines, re, n = 0) { return lines.length > n ? re.exec(lines[n]) : null; }

    function handleEnd(m) {
        if (r.status === 'NotStarted') { r.status = 'Starting'; }
        const L = m.lines;
        let x;
        switch (m.type) {
            case 2187: r.processInfo = L.join(''); break;
            case 2220: r.status = 'SanyParsing'; break;
            case 2219:
                r.status = 'SanyFinished';
                for (const l of r.sanyLines) {
                    if (l.startsWith('Parsing file ')) {
                        const p = l.substring(13);
                        r.modulePaths[p.substring(p.lastIndexOf('/') + 1, p.length - 4)] = p;
                    }
                }
                break;
            case 2195: r.status = 'Checkpointing'; break;
            case 2185:
                if ((x = first(L, /^Starting\.\.\. \((\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\)$/))) { r.startDateTime = x[1]; }
                break;
            case 2189: case 2269: r.status = 'InitialStatesComputing'; break;
            case 2190: case 2191: case 2207: case 2208:
                if ((x = first(L, /^Finished computing initial states: (\d+) distinct state(s)? generated at (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}).*$/))) {
                    const n = parseInt(x[1]);
                    firstStatTime = x[3];
                    r.initialStatesStat.push({ time: '00:00:00', diameter: 0, total: n, distinct: n, queue: n });
                }
                break;
            case 2192:
                r.status = L.length > 0 && L[0].indexOf('complete') >= 0 ? 'CheckingLivenessFinal' : 'CheckingLiveness';
                break;
            case 2200:
                if ((x = first(L, /^Progress\(([\d,]+)\) at (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}): ([\d,]+) states generated.*, ([\d,]+) distinct states found.*, ([\d,]+) states left on queue.*/))) {
                    const num = (s) => parseInt(s.split(',').join(''));
                    r.initialStatesStat.push({ time: x[2], diameter: num(x[1]), total: num(x[3]), distinct: num(x[4]), queue: num(x[5]) });
                }
                break;
            case 2773: r.coverageStat.length = 0; // fall through
            case 2772:
                if ((x = first(L, /^<(\w+) line (\d+), col (\d+) to line (\d+), col (\d+) of module (\w+)>: (\d+):(\d+)/))) {
                    r.coverageStat.push({ module: x[6], action: x[1], range: [x[2] - 1, x[3] - 1, x[4] - 1, +x[5]], total: +x[7], distinct: +x[8] });
                }
                break;
            case 2216: case 2217: case 2218: traceItem(L); break;
            case 2193:
                if ((x = first(L, /calculated \(optimistic\):\s+val = (.+)$/, 3))) { r.fingerprintCollisionProbability = x[1]; }
                r.state = 'Success';
                break;
            case 2186:
                r.status = 'Finished';
                if ((x = first(L, /^Finished in (\d+)ms at \((\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\)$/))) {
                    r.duration = parseInt(x[1]); r.endDateTime = x[2];
                }
                if (r.state !== 'Success') { r.state = 'Error'; }
                break;
            default:
                if (ERROR_CODES.has(m.type) && L.length > 0) {
                    if (L[0] === 'TLC threw an unexpected exception.' && r.errors.length > 0) {
                        r.errors[r.errors.length - 1] = L.concat(r.errors[r.errors.length - 1]);
                    } else {
                        r.errors.push(L.slice());
                    }
                }
        }
    }

    function traceItem(L) {
        if (L.length === 0) { return; }
        let item;
        let x = first(L, /^(\d+): <([\w\s]+)>$/);
        if (x) {
            item = { num: +x[1], title: x[2], module: '', action: '', range: [0, 0, 0, 0] };
        } else {
            x = first(L, /^(\d+): <(\w+) line (\d+), col (\d+) to line (\d+), col (\d+) of module (\w+)>$/);
            if (!x) { return; }
            item = { num: +x[1], title: `${x[2]} in ${x[7]}`, module: x[7], action: x[2],
                range: [x[3] - 1, x[4] - 1, x[5] - 1, +x[6]] };
        }
        item.variables = [];
        for (let i = 1; i < L.length; i++) {
            const v = /^(?:\/\\ )?(\w+) = (.+)$/.exec(L[i]);
            if (!v) { continue; }
            const value = [v[2]];
            for (let j = i + 1; j < L.length && !L[j].startsWith('/\\ '); j++) { value.push(L[j].trim()); }
            i += value.length - 1;
            item.variables.push({ name: v[1], value: value.join(' ') });
        }
        r.errorTrace.push(item);
    }
}

// comparable removes what differs from machine to machine and run to run:
// the mode line (pid, memory, seed), dates and durations, the directory of
// each module path, and the progress entries printed by the clock (only the
// first, from the initial states, and the last, the final counts, are kept).
export function comparable(r) {
    const c = structuredClone(r);
    c.processInfo = c.processInfo === undefined ? undefined : '<machine>';
    for (const k of ['startDateTime', 'endDateTime']) { c[k] = c[k] === undefined ? undefined : '<date>'; }
    c.duration = c.duration === undefined ? undefined : '<ms>';
    // Where SANY found each file is a machine fact, and the reference
    // outputs have every path replaced by <path> or <tmp> (which makes all
    // standard modules one key): module paths are left out.
    delete c.modulePaths;
    const s = c.initialStatesStat;
    c.initialStatesStat = s.length <= 2 ? s : [s[0], s[s.length - 1]];
    c.initialStatesStat = c.initialStatesStat.map((e) => ({ ...e, time: '<time>' }));
    c.outputLines = c.outputLines.filter((l) => !l.text.startsWith('Parsing file '));
    return c;
}

if (process.argv.length === 4) {
    const [a, b] = process.argv.slice(2).map((f) => comparable(parse(readFileSync(f, 'utf8'))));
    const ja = JSON.stringify(a, null, 1), jb = JSON.stringify(b, null, 1);
    if (ja === jb) {
        console.log(`same result: ${a.state}, ${a.errors.length} error(s), trace of ${a.errorTrace.length} state(s)`);
        process.exit(0);
    }
    const la = ja.split('\n'), lb = jb.split('\n');
    let i = 0;
    while (i < la.length && la[i] === lb[i]) { i++; }
    console.log(`DIFFERENT results, first at line ${i + 1} of the JSON:\n  TLC:      ${la[i]}\n  wspcycle: ${lb[i]}`);
    process.exit(1);
}
