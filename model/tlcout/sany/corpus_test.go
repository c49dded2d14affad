package sany

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/source"
)

// TestReplayCorpus replays SANY's grammar on every .tla file under the
// directory named by the environment variable TLA_CORPUS (for instance a
// checkout of tlaplus/Examples, whose specs SANY parses): the replay must
// find no error in any of them, and it lists how many it could not follow
// to the end (proofs and the like, where `wspcycle tlc` would keep our own
// message). It is not part of `make test`: it depends on material outside
// the repository. Run it as
//
//	TLA_CORPUS=/path/to/corpora go test -run TestReplayCorpus -v ./model/tlcout/sany/
func TestReplayCorpus(t *testing.T) {
	root := os.Getenv("TLA_CORPUS")
	if root == "" {
		t.Skip("TLA_CORPUS not set")
	}
	var files, unknown int
	why := map[string]int{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tla") {
			return err
		}
		src, err := source.ReadFile(path)
		if err != nil {
			return nil
		}
		files++
		if _, ok := jlex(src); !ok {
			unknown++
			why["a token the replay's lexer does not know"]++
			return nil
		}
		if f, ok := sanyParse(src, nil); ok {
			t.Errorf("%s: the replay fails where SANY parses:\n%s", path, f)
		} else if what := replayStop(src); what != "" {
			unknown++
			why[what]++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d files, %d the replay does not follow to the end", files, unknown)
	for what, n := range why {
		t.Logf("%4d %s", n, what)
	}
}

// replayStop is what made the replay give up on src, or "" if it read
// src to its end.
func replayStop(src []byte) (what string) {
	toks, _ := jlex(src)
	p := newJParser(toks)
	defer func() {
		switch r := recover().(type) {
		case nil:
		case giveUp:
			what = r.what
		default:
			panic(r)
		}
	}()
	p.belchDEF()
	p.module()
	return ""
}
