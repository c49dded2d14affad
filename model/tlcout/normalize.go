package tlcout

import (
	"regexp"
	"strings"
)

var (
	reMode     = regexp.MustCompile(`^Running (.*) with fp -?\d+ and seed -?\d+ with (\d+ workers?) on \d+ cores with .*$`)
	reSimMode  = regexp.MustCompile(`^Running (Random|RL) Simulation with seed (-?\d+) with (\d+ workers?) on \d+ cores with .*$`)
	reDate     = regexp.MustCompile(`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d`)
	reDuration = regexp.MustCompile(`(Finished in|Finished checking temporal properties in) \S+( \d+s)? at`)
	reRate     = regexp.MustCompile(`\([\d,]+ (d?s)/min\)`)
	// reToolObject is TLC's tool object as Java prints it, with its
	// identity hash (TLC's depth-first mode prints it after an error in
	// the initial states).
	reToolObject = regexp.MustCompile(`tlc2\.tool\.impl\.FastTool@[0-9a-f]+`)
	// reDFIDProgress is the progress line of TLC's depth-first mode.
	reDFIDProgress = regexp.MustCompile(`^Progress: \d+ states generated, \d+ distinct states found\.$`)
	// reVarCoverage is TLC's coverage line of a variable (2779).
	reVarCoverage = regexp.MustCompile(`^<\S+ line \d+, col \d+ to line \d+, col \d+ of module \S+>: \d+$`)
)

// Normalize replaces the facts of the machine and the moment in TLC's
// output (or ours) by placeholders: the version, the mode line's fp index,
// seed, cores, memory, pid and platform, file paths, dates and durations,
// the per-minute rates, and the identity hash of TLC's tool object. It drops the lines that depend on timing or on
// TLC's storage: progress lines printed by the clock (with rates, except
// -tool's final one, which always precedes the final counts), "Computed N
// initial states..." (printed by the clock), the progress lines of TLC's
// depth-first mode (-dfid) but -tool's last one, TLC's periodic checks of the
// temporal properties on the state space found so far ("for the current
// state space", run by the clock on long runs) with their "Finished
// checking" lines (one that finds a violation changes TLC's counts and
// trace, which no normalisation hides: PeriodicLiveness tells it), and the
// estimate "based on
// the actual fingerprints" (printed only when TLC's disk-based
// fingerprint set can compute it).
func Normalize(out string, tool bool) string {
	blocks := splitMessages(out, tool)
	var keep []string
	periodicEnd := false
	for i, b := range blocks {
		switch {
		case strings.Contains(b, "temporal properties for the current state space"):
			periodicEnd = true // and its "Finished checking" message
			continue
		case periodicEnd && strings.Contains(b, "Finished checking temporal properties"):
			periodicEnd = false
			continue
		case strings.Contains(b, "Computed ") && strings.Contains(b, " initial states..."):
			continue
		case strings.HasPrefix(b, "Progress: ") && reDFIDProgress.MatchString(b):
			continue // the depth-first mode's, printed by the clock
		case strings.Contains(b, "STARTMSG 2206:") && (i+1 >= len(blocks) || !strings.Contains(blocks[i+1], "STARTMSG 2204:")):
			continue // the same with -tool, but for the one before the final counts
		case strings.Contains(b, "Progress(") && strings.Contains(b, "s/min"):
			if !tool || i+1 >= len(blocks) || !strings.Contains(blocks[i+1], "STARTMSG 2199:") {
				continue
			}
		}
		if !tool && strings.HasPrefix(b, "  based on the actual fingerprints:") {
			continue
		}
		var lines []string
		for _, l := range strings.Split(b, "\n") {
			switch {
			case strings.HasPrefix(l, "TLC2 Version "):
				l = "TLC2 Version <version>"
			case strings.HasPrefix(l, "Parsing file "):
				l = "Parsing file " + parsedFileKind(l)
			case strings.HasPrefix(l, "  based on the actual fingerprints:"):
				continue
			}
			l = reMode.ReplaceAllString(l, "Running $1 with fp <fp> and seed <seed> with $2 on <machine>")
			l = reSimMode.ReplaceAllString(l, "Running $1 Simulation with seed $2 with $3 on <machine>")
			l = reDate.ReplaceAllString(l, "<date>")
			l = reDuration.ReplaceAllString(l, "$1 <time> at")
			l = reRate.ReplaceAllString(l, "(<rate> $1/min)")
			l = reToolObject.ReplaceAllString(l, "tlc2.tool.impl.FastTool@<hash>")
			lines = append(lines, l)
		}
		keep = append(keep, strings.Join(lines, "\n"))
	}
	return strings.Join(keep, "\n")
}

// parsedFileKind is what Normalize keeps of a "Parsing file" line of
// SANY's: whether it is a standard module (TLC's copy of its jar's file,
// or wspcycle's built-in module) or a file of the spec's, but not the
// path, which depends on the machine (and TLC's names a temporary
// folder). The lines' number and order are compared as they are.
func parsedFileKind(line string) string {
	if strings.Contains(line, " (jar:file:") || strings.HasSuffix(line, " (built into wspcycle)") {
		return "<standard module>"
	}
	return "<file>"
}

// ParsedFiles are the names of the files of SANY's "Parsing file" lines
// in out (TLC's or wspcycle's), in order: the last element of the path
// (of TLC's temporary copy of a standard module too), or "" where the
// path was replaced by a placeholder (model/testdata/tlc's "<path>"). A
// test compares them where both outputs name them.
func ParsedFiles(out string) []string {
	var names []string
	for _, l := range strings.Split(out, "\n") {
		p, ok := strings.CutPrefix(l, "Parsing file ")
		if !ok {
			continue
		}
		if i := strings.Index(p, " ("); i >= 0 {
			p = p[:i]
		}
		name := p[strings.LastIndexAny(p, "/\\")+1:]
		if !strings.HasSuffix(name, ".tla") {
			name = ""
		}
		names = append(names, name)
	}
	return names
}

// splitMessages cuts output into messages: with tool, a framed message is one
// block and every line outside a frame another; without, every line is
// one (a trace state's lines are compared line by line anyway).
func splitMessages(out string, tool bool) []string {
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if !tool {
		return lines
	}
	var blocks []string
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "@!@!@STARTMSG ") {
			blocks = append(blocks, lines[i])
			continue
		}
		j := i
		for j < len(lines) && !strings.HasPrefix(lines[j], "@!@!@ENDMSG ") {
			j++
		}
		blocks = append(blocks, strings.Join(lines[i:min(j+1, len(lines))], "\n"))
		i = j
	}
	return blocks
}

// FirstDiff finds the first line (from 1) where the outputs a and b
// differ, and the two lines there (an empty string past the end of one);
// ok is false when they have the same lines.
func FirstDiff(a, b string) (line int, la, lb string, ok bool) {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < max(len(x), len(y)); i++ {
		la, lb = "", ""
		if i < len(x) {
			la = x[i]
		}
		if i < len(y) {
			lb = y[i]
		}
		if la != lb {
			return i + 1, la, lb, true
		}
	}
	return 0, "", "", false
}

// coverageDetail are the codes of TLC's coverage messages that wspcycle
// does not print: the number of values of a variable (2779), a
// constraint's counts (2778), a subexpression's count (2221) and cost
// (2775), the overhead note (2777).
var coverageDetail = map[string]bool{"2779": true, "2778": true, "2221": true, "2775": true, "2777": true}

// CoverageDetail is the text of each coverage message of TLC's -tool
// output toolOut that wspcycle does not print (see coverageDetail).
func CoverageDetail(toolOut string) map[string]bool {
	var codes []string
	for c := range coverageDetail {
		codes = append(codes, c)
	}
	return CoverageDetailOf(toolOut, codes...)
}

// CoverageDetailOf is the text of each message of TLC's -tool output
// toolOut whose code is one of codes (as DropCoverageDetail takes it).
func CoverageDetailOf(toolOut string, codes ...string) map[string]bool {
	want := map[string]bool{}
	for _, c := range codes {
		want[c] = true
	}
	out := map[string]bool{}
	for _, b := range splitMessages(toolOut, true) {
		head, body, ok := strings.Cut(b, "\n")
		if !ok || !strings.HasPrefix(head, "@!@!@STARTMSG ") {
			continue
		}
		code, _, _ := strings.Cut(strings.TrimPrefix(head, "@!@!@STARTMSG "), ":")
		if want[code] {
			body, _, _ = strings.Cut(body, "\n@!@!@ENDMSG")
			out[body] = true
		}
	}
	return out
}

// DropCoverageDetail removes from TLC's output (plain, or -tool) the
// coverage messages whose text is in detail (CoverageDetail of the same
// run's -tool output), so that it compares with wspcycle's, which prints
// the coverage report at the level of definitions only.
func DropCoverageDetail(out string, tool bool, detail map[string]bool) string {
	var keep []string
	for _, b := range splitMessages(out, tool) {
		body := b
		if tool {
			if _, rest, ok := strings.Cut(b, "\n"); ok {
				body, _, _ = strings.Cut(rest, "\n@!@!@ENDMSG")
			}
		}
		if !detail[body] {
			keep = append(keep, b)
		}
	}
	return strings.Join(keep, "\n") + "\n"
}

// DropVarCounts removes the coverage report's counts of the variables'
// values (2779) from an output (plain, or -tool): TLC's are estimates
// that change with the fingerprint polynomial it picks each run.
func DropVarCounts(out string, tool bool) string {
	var keep []string
	for _, b := range splitMessages(out, tool) {
		if tool && strings.HasPrefix(b, "@!@!@STARTMSG 2779:") {
			continue
		}
		if !tool && reVarCoverage.MatchString(b) {
			continue
		}
		keep = append(keep, b)
	}
	return strings.Join(keep, "\n") + "\n"
}
