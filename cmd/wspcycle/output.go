package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/wspcycle/wspcycle/model"
)

// writeReport prints a command's report on stdout, as JSON with asJSON and
// as text otherwise. A report that cannot be written (a closed pipe, a full
// disk) is said on stderr for the command cmd and gives false: the caller
// exits 1, since the verdict never reached its reader.
func writeReport(cmd string, asJSON bool, writeJSON, writeText func(io.Writer) error, stdout, stderr io.Writer) bool {
	write := writeText
	if asJSON {
		write = writeJSON
	}
	if err := write(stdout); err != nil {
		fmt.Fprintf(stderr, "wspcycle %s: %v\n", cmd, err)
		return false
	}
	return true
}

// badInput reports input the command cmd could not check (err, found
// after loading: by the search or the simulator) on stderr, and as the
// JSON verdict on stdout with --json, and returns the exit code.
func badInput(cmd string, err error, asJSON bool, stdout, stderr io.Writer) int {
	fmt.Fprintf(stderr, "wspcycle %s: %v\n", cmd, err)
	if asJSON {
		writeBadInputJSON(stdout, err)
	}
	return model.ExitBadInput
}

// writeBadInputJSON writes the --json verdict for a spec that could not be
// checked at all: result "bad input", every error message, exit code 150.
func writeBadInputJSON(w io.Writer, err error) {
	var msgs []string
	if err != nil {
		msgs = strings.Split(err.Error(), "\n")
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"result": "bad input", "errors": msgs, "exit_code": model.ExitBadInput})
}
