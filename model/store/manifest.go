package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ManifestName is the checkpoint file in a metadir.
const ManifestName = "checkpoint.json"

// ErrNoCheckpoint is returned by ReadManifest when dir holds none.
var ErrNoCheckpoint = errors.New("no checkpoint")

// WriteManifest writes v as dir's checkpoint atomically: to a temporary
// file, synced, then renamed over the previous checkpoint, and the
// directory synced. A kill at any instant leaves either the previous
// checkpoint or this one, never a mixture; the files a checkpoint names
// must be synced before it is written.
func WriteManifest(dir string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, ManifestName+".tmp")
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	_, err = f.Write(append(b, '\n'))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, ManifestName))
	}
	if err == nil {
		err = syncDir(dir)
	}
	return err
}

// ReadManifest reads dir's checkpoint into v.
func ReadManifest(dir string, v any) error {
	b, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: %w", dir, ErrNoCheckpoint)
	}
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", filepath.Join(dir, ManifestName), err)
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
