package embedmem

import (
	"os"
	"syscall"
	"unsafe"
)

func release(b []byte) {
	if len(b) == 0 {
		return
	}
	page := uintptr(os.Getpagesize())
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	lo := (start + page - 1) &^ (page - 1)
	hi := (start + uintptr(len(b))) &^ (page - 1)
	if hi <= lo {
		return
	}
	// MADV_DONTNEED on a private file mapping drops the pages; a later read
	// maps the file's contents again. An error leaves them resident.
	_ = syscall.Madvise(b[lo-start:hi-start], syscall.MADV_DONTNEED)
}
