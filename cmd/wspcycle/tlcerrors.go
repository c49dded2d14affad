package main

import (
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/sema"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TLC sorts the errors of a model configuration in two classes, and
// `wspcycle tlc` follows it (TLC rev cc6b616, tried on a small spec with
// one bad .cfg each):
//
//   - a .cfg that cannot be read or parsed is an exception TLC meets before
//     SANY runs: after the mode line, "TLC threw an unexpected exception"
//     (1000) wrapping a ConfigFileException's message (5001 file not
//     found, 5006 an unexpected token: "TLC found an error in the
//     configuration file at line N" and what was expected), exit 255;
//   - a .cfg that parses but does not fit the spec is reported after SANY
//     and "Starting...", each with its own code, exit 151 (ERROR_CONFIG_PARSE):
//     2222 a constant without a value, 2229 a name the spec does not define
//     ("The invariant Nope specified in the configuration file\nis not
//     defined in the specification."), 2231 no initial predicate, 2227
//     both SPECIFICATION and INIT/NEXT, 2228 a name of an operator with
//     parameters, 2281 a constant replaced by a definition that depends
//     on the state (tlcNonConstant); an INVARIANT that is not a state
//     predicate is 2146 with exit 76 (FAILURE_SAFETY_EVAL).
//
// Other configuration errors keep the general code 5002 with exit 151.

// cfgReadable reports whether the .cfg file can be read.
func cfgReadable(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// cfgSyntaxError is the first syntax error of the .cfg file, or nil.
func cfgSyntaxError(path string) *token.Error {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	_, err = cfg.Parse(path, src)
	var list token.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		return list[0]
	}
	return nil
}

// tlcConfigException is TLC's message for an exception reading the .cfg:
// the exception's own message (code inner) inside the general one.
func tlcConfigException(tool bool, inner int, msg string) string {
	if tool {
		msg = "@!@!@STARTMSG " + strconv.Itoa(inner) + ":0 @!@!@\n" + msg + "\n@!@!@ENDMSG " + strconv.Itoa(inner) + " @!@!@"
	}
	return "TLC threw an unexpected exception.\nThis was probably caused by an error in the spec or model.\n" +
		"See the User Output or TLC Console for clues to what happened.\nThe exception was a tlc2.tool.ConfigFileException\n: " + msg
}

var (
	reNoValue = regexp.MustCompile(`^(?:constant (\S+) has no value in the \.cfg|The constant parameter (\S+) is not assigned a value)`)
	reNoDef   = regexp.MustCompile(`^(INIT|NEXT|SPECIFICATION|INVARIANT|PROPERTY|CONSTRAINT|ACTION_CONSTRAINT|VIEW|SYMMETRY|_RL_REWARD) (\S+): the module defines no operator`)
	reNoSubst = regexp.MustCompile(`^(?:CONSTANT )?(\S+) <- (\S+): the module defines no operator`)
	// reSubstArity: C <- Op where Op takes another number of arguments
	// than C (tla/sema/config.go).
	reSubstArity = regexp.MustCompile(`^CONSTANT (\S+) <- (\S+): \S+ takes \d+ arguments? but \S+ takes \d+$`)
	reNoInit     = regexp.MustCompile(`^the \.cfg gives NEXT without INIT|^the \.cfg gives neither|^SPECIFICATION \S+ has no initial predicate`)
	reTwoNext    = regexp.MustCompile(`^unsupported: a specification with more than one \[\]\[Next\]_vars conjunct`)
	reBoth       = regexp.MustCompile(`^the \.cfg gives both SPECIFICATION and INIT/NEXT|^the configuration has both SPECIFICATION and INIT/NEXT`)
	reArgs       = regexp.MustCompile(`^(INIT|NEXT|SPECIFICATION|INVARIANT|PROPERTY|CONSTRAINT|ACTION_CONSTRAINT|VIEW) (\S+): \S+ takes \d+ arguments?`)
	reLevel      = regexp.MustCompile(`^INVARIANT (\S+) must be a state predicate`)
	reConstID    = regexp.MustCompile(`^(INIT|NEXT|VIEW) (\S+): the definition is constant-level, and TLC takes no constant there`)
	reConstEq    = regexp.MustCompile(`^(INVARIANT|PROPERTY|CONSTRAINT|ACTION_CONSTRAINT) (\S+): the definition is constant, equal to (.*): TLC refuses it$`)
	reActProp    = regexp.MustCompile(`^PROPERTY (\S+) is an action-level formula, at (.*): TLC refuses it`)
	reNoNext     = regexp.MustCompile(`^the model has no next-state relation, and TLC requires one`)
	reSym        = regexp.MustCompile(`^(?:The symmetry operator must specify a set of functions\.|The symmetry values must be function records\.|Symmetry function must have model values as domain and range\.)$`)
	reConjunct   = regexp.MustCompile(`^TLC cannot handle this conjunct of the spec:\n`)
	reNonCon     = regexp.MustCompile(`(?s)^(The configuration file substitutes constant \S+ with non-constant \S+ - specifically: )(.*)$`)
)

// tlcNonConstant is TLC's code 2281 for a constant replaced by a
// definition that depends on the state (TLC rev cc6b616: exit 151), whose
// text wraps the error of TLC's evaluation of the definition; in -tool
// mode TLC frames that inner error as a message of its own (2280, class
// 0) inside 2281's.
// TLC's codes for a cfg name behind which it found a value (a
// constant-level definition, which it evaluates first): EC
// TLC_CONFIG_ID_MUST_NOT_BE_CONSTANT for INIT, NEXT and VIEW,
// TLC_CONFIG_ID_HAS_VALUE for an INVARIANT, PROPERTY or constraint that
// is not TRUE (tla/eval/constcfg.go).
const (
	tlcConfigMustNotBeConstant = 2233
	// tlcConfigSubstArity is TLC's code for C <- Op with Op of another
	// arity than C (TLC rev cc6b616 printed 2225).
	tlcConfigSubstArity = 2225
	tlcConfigHasValue   = 2230
	// tlcConfigActionProperty is TLC's code for a PROPERTY that is an
	// action (EC.TLC_CONFIG_PROPERTY_ACTION_LEVEL; tla/eval/propaction.go).
	tlcConfigActionProperty = 2272
	// tlcConfigMissingNext is TLC's code for a model without a next-state
	// relation that has invariants or properties to check
	// (EC.TLC_CONFIG_MISSING_NEXT; tla/eval/nonext.go).
	tlcConfigMissingNext = 2232
	// tlcSpecConjunct is TLC's code for a conjunct of the SPECIFICATION
	// that is neither a state predicate nor a temporal formula, e.g.
	// [Next]_v without its [] (EC.TLC_CANT_HANDLE_CONJUNCT).
	tlcSpecConjunct = 2239
	// tlcSpecTwoNext is TLC's code for a SPECIFICATION with two [][A]_v
	// conjuncts (EC.TLC_CANT_HANDLE_TOO_MANY_NEXT_STATE_RELS).
	tlcSpecTwoNext = 2240
)

// tlcNumberTooBig is TLC's code for a numeral above its integers
// (EC.TLC_NUMBER_TOO_BIG), an exception at startup: exit 255.
const tlcNumberTooBig = 2265

// tlcRealNumbers is TLC's code for a decimal literal anywhere in the spec
// (EC.TLC_CANT_HANDLE_REAL_NUMBERS), reported at startup: exit 151.
const tlcRealNumbers = 2244

const (
	tlcNonConstant      = 2281
	tlcNonConstantInner = 2280
)

// tlcConfigMessageFor is tlcConfigMessage for the writer's mode (-tool
// nests the inner message of 2281).
func tlcConfigMessageFor(tool bool, msg string) (int, string) {
	if m := reNonCon.FindStringSubmatch(msg); m != nil {
		if tool {
			return tlcNonConstant, m[1] + "@!@!@STARTMSG " + strconv.Itoa(tlcNonConstantInner) + ":0 @!@!@\n" + m[2] + "\n@!@!@ENDMSG " + strconv.Itoa(tlcNonConstantInner) + " @!@!@"
		}
		return tlcNonConstant, msg
	}
	return tlcConfigMessage(msg)
}

// tlcRole is TLC's word for the role of a .cfg name in message 2229.
var tlcRole = map[string]string{
	"INIT": "initial predicate", "NEXT": "next state action", "SPECIFICATION": "name",
	"INVARIANT": "invariant", "PROPERTY": "property", "CONSTRAINT": "constraint",
	"ACTION_CONSTRAINT": "action constraint", "VIEW": "view function", "SYMMETRY": "symmetry function",
	"_RL_REWARD": "rlreward",
}

// tlcConfigMessage is TLC's code and text for a configuration error that
// TLC reports after SANY (exit 151), from our message; code 0 when TLC
// has no code of its own for it.
func tlcConfigMessage(msg string) (int, string) {
	if m := reNoValue.FindStringSubmatch(msg); m != nil {
		name := m[1] + m[2]
		return tlcout.ConfigNoValue, "The constant parameter " + name + " is not assigned a value by the configuration file."
	}
	if m := reNoDef.FindStringSubmatch(msg); m != nil {
		return tlcout.ConfigNotDefined, "The " + tlcRole[m[1]] + " " + m[2] + " specified in the configuration file\nis not defined in the specification."
	}
	if m := reNoSubst.FindStringSubmatch(msg); m != nil {
		// C <- Op where Op is neither a definition nor a declared
		// constant (a variable, an unknown name).
		return tlcout.ConfigUndefinedSubst, "The configuration file substitutes for " + m[1] + " with the undefined identifier " + m[2] + "."
	}
	if m := reSubstArity.FindStringSubmatch(msg); m != nil {
		// TLC rev cc6b616 (golden HCfgSubstArity): message 2225, exit 151.
		return tlcConfigSubstArity, "The configuration file substitutes for " + m[1] + " with " + m[2] + " of different number of arguments."
	}
	if m := reConstID.FindStringSubmatch(msg); m != nil {
		return tlcConfigMustNotBeConstant, "The " + tlcRole[m[1]] + " " + m[2] + " cannot be a constant."
	}
	if m := reConstEq.FindStringSubmatch(msg); m != nil {
		return tlcConfigHasValue, "The " + tlcRole[m[1]] + " of " + m[2] + " is equal to " + m[3]
	}
	if m := reActProp.FindStringSubmatch(msg); m != nil {
		return tlcConfigActionProperty, "The formula " + m[1] + " at " + m[2] + " is an action-level formula (i.e., it contains no temporal operators). " +
			"Only temporal-level (or state-level) formulas are allowed under PROPERTY or PROPERTIES. To check that action " + m[1] +
			" holds in *every* step of the behavior, define a temporal property: Let A be the formula at " + m[2] +
			"; rewrite A as [][A]_v, where v is a state function (typically the tuple of variables) (compare page 90 of Specifying Systems at https://lamport.azurewebsites.net/tla/book.html)."
	}
	if reBoth.MatchString(msg) {
		return tlcout.ConfigBoth, "The configuration file cannot specify both INIT/NEXT and SPECIFICATION fields."
	}
	if m := reArgs.FindStringSubmatch(msg); m != nil {
		if m[1] == "PROPERTY" || m[1] == "SPECIFICATION" {
			// TLC's own wording for these (rev cc6b616).
			return tlcout.ConfigNoArgs, "TLC requires " + m[2] + " not to take any argument."
		}
		return tlcout.ConfigNoArgs, "TLC requires " + tlcRole[m[1]] + " not to take any argument, but one was given: " + m[2]
	}
	if m := reLevel.FindStringSubmatch(msg); m != nil {
		if strings.HasSuffix(msg, ", where SANY sees no level parameter") {
			// [](x < 5), <>P, x' = 1: TLC rev cc6b616 prints no note
			// then (the formula's SANY levelParams are empty:
			// tla/sema/levelparams.go).
			return tlcout.InvariantLevel, "The invariant " + m[1] + " is not a state predicate (one with no primes or temporal operators)."
		}
		return tlcout.InvariantLevel, "The invariant " + m[1] + " is not a state predicate (one with no primes or temporal operators).\n" +
			"Note that a bug can cause TLC to incorrectly report this error.\nIf you believe your TLA+ or PlusCal specification to be correct,\n" +
			"please check if this bug described in LevelNode.java starting at line 590ff affects you."
	}
	if reNonCon.MatchString(msg) {
		return tlcNonConstant, msg
	}
	if reNoNext.MatchString(msg) {
		return tlcConfigMissingNext, "The configuration file did not specify the next state predicate."
	}
	if reTwoNext.MatchString(msg) {
		return tlcSpecTwoNext, "The specification contains more than one conjunct of the form [][Next]_v,\nbut TLC can handle only specifications with one next-state relation."
	}
	if reSym.MatchString(msg) || strings.HasPrefix(msg, "Attempted to compare ") {
		// A set in the .cfg whose elements TLC cannot sort ({1, "a"})
		// fails as TLC reads the .cfg: a RuntimeException (exit 255,
		// CfgMix) too.
		// TLC meets a SYMMETRY that is no set of permutations when it
		// builds its symmetry table: a RuntimeException (exit 255).
		return tlcout.General, "TLC threw an unexpected exception.\nThis was probably caused by an error in the spec or model.\n" +
			"See the User Output or TLC Console for clues to what happened.\nThe exception was a java.lang.RuntimeException\n: " + msg
	}
	if reConjunct.MatchString(msg) {
		return tlcSpecConjunct, msg
	}
	if reNoInit.MatchString(msg) {
		return tlcout.ConfigMissingInit, "The configuration file did not specify the initial state predicate."
	}
	if strings.HasPrefix(msg, sema.BigNumberMsg+"\n") {
		return tlcNumberTooBig, msg
	}
	if strings.HasPrefix(msg, sema.RealNumberMsg+"\n") {
		return tlcRealNumbers, msg
	}
	return 0, ""
}

// tlcConfigCode is the code of tlcConfigMessage.
func tlcConfigCode(msg string) int {
	c, _ := tlcConfigMessage(msg)
	return c
}
