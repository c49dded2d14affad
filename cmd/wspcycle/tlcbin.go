package main

import (
	"github.com/wspcycle/wspcycle/model/tlcout/tlcbin"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/source"
)

// tlcModelNames are the model values of the cfg at cfgPath in the order
// TLC makes them, which numbers them in its binary value files
// (tlcbin.ModelNames); nil if the cfg cannot be read (the run has
// stopped on it before any file is written or read).
func tlcModelNames(cfgPath string) []string {
	src, err := source.ReadFile(cfgPath)
	if err != nil {
		return nil
	}
	c, err := cfg.Parse(cfgPath, src)
	if err != nil {
		return nil
	}
	return tlcbin.ModelNames(c)
}

// tlcCfgParses reports whether the cfg at cfgPath reads and parses.
func tlcCfgParses(cfgPath string) bool {
	src, err := source.ReadFile(cfgPath)
	if err != nil {
		return false
	}
	_, err = cfg.Parse(cfgPath, src)
	return err == nil
}
