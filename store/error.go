package store

import (
	"errors"
	"fmt"
)

// Application error codes. The HTTP layer maps each to one status, in one
// place; everything else treats them as opaque strings.
const (
	ECONFLICT = "conflict"  // the request conflicts with the stored state
	EINTERNAL = "internal"  // a failure of the store itself (I/O, a bug)
	EINVALID  = "invalid"   // the input is malformed or out of range
	ENOTFOUND = "not_found" // the requested document or entity does not exist
)

// Error is an application error: a code for programs and a message for
// people. Its message never holds internal detail such as SQL text; wrap the
// underlying error in Err for logs.
type Error struct {
	// Code is one of ECONFLICT, EINTERNAL, EINVALID, ENOTFOUND.
	Code string
	// Message is safe to show to the user.
	Message string
	// Err is the underlying cause, if any; it is not shown to users.
	Err error
}

// Error returns the message, followed by the cause when there is one.
func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %v", e.Message, e.Err)
	}
	return e.Message
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Internal wraps err, a failure of the store, as an EINTERNAL error whose
// message names the operation. It returns nil for a nil err and err itself
// when err already carries an application error.
func Internal(op string, err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return &Error{Code: EINTERNAL, Message: op + " failed", Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain: "" for a nil
// error and EINTERNAL for an error without one.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of the first *Error in err's
// chain: "" for a nil error and "Internal error." for an error without one.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "Internal error."
}
