package loopback

// withHold makes writers keep queued data until the final Cleanup's Drain, so
// that a test or benchmark can load an exact amount of unsent data and then
// measure or check the drain alone. Not exported: real sockets write at once.
func withHold() Option { return func(c *config) { c.hold = true } }
