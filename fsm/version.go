package fsm

import "strconv"

// Version is a Winsock-style version number: Major.Minor, each one byte, as WSAStartup's
// wVersionRequested packs them.
type Version struct{ Major, Minor uint8 }

// String returns "Major.Minor", e.g. "2.2".
func (v Version) String() string {
	return strconv.Itoa(int(v.Major)) + "." + strconv.Itoa(int(v.Minor))
}

// Less reports whether v is an older version than w.
func (v Version) Less(w Version) bool {
	return v.Major < w.Major || (v.Major == w.Major && v.Minor < w.Minor)
}

// IsZero reports whether v is the invalid version 0.0.
func (v Version) IsZero() bool { return v == Version{} }

// Negotiated is the outcome of a successful Startup: the version the caller must use
// (min(requested, High)) and the highest version the provider supports, as WSPStartup
// reports them in lpWSPData.
type Negotiated struct{ Version, High Version }

// negotiate implements CONTRACT.md section 3: a request below low (or version 0, which is
// below every version) is refused; otherwise the caller gets min(requested, high).
func negotiate(requested, low, high Version) (Negotiated, bool) {
	if requested.Major == 0 || requested.Less(low) {
		return Negotiated{}, false
	}
	v := requested
	if high.Less(v) {
		v = high
	}
	return Negotiated{Version: v, High: high}, true
}
