// The model's declaration of package os (see LibraryLoader): os.Exit is the machines' builtin (ir.Builtin);
// the rest are natives of defercheck.semantics.natives.OsNatives. A File here is only standard output or
// standard error.
package os

//unsupported: Args Chdir Chmod Chown Chtimes Clearenv Create CreateTemp DevNull DirEntry DirFS Environ ErrClosed
//unsupported: ErrDeadlineExceeded ErrExist ErrInvalid ErrNoDeadline ErrNotExist ErrPermission ErrProcessDone
//unsupported: Executable Expand ExpandEnv FileInfo FileMode FindProcess Getegid Getenv Geteuid Getgid Getgroups
//unsupported: Getpagesize Getpid Getppid Getuid Getwd Hostname Interrupt IsExist IsNotExist IsPathSeparator
//unsupported: IsPermission IsTimeout Kill Lchown Link LinkError LookupEnv Lstat Mkdir MkdirAll MkdirTemp
//unsupported: ModeAppend ModeCharDevice ModeDevice ModeDir ModeExclusive ModeIrregular ModeNamedPipe ModePerm
//unsupported: ModeSetgid ModeSetuid ModeSocket ModeSticky ModeSymlink ModeTemporary ModeType NewFile
//unsupported: NewSyscallError O_APPEND O_CREATE O_EXCL O_RDONLY O_RDWR O_SYNC O_TRUNC O_WRONLY Open OpenFile
//unsupported: PathError PathListSeparator PathSeparator Pipe ProcAttr Process ProcessState ReadDir ReadFile
//unsupported: Readlink Remove RemoveAll Rename SEEK_CUR SEEK_END SEEK_SET SameFile Setenv Signal StartProcess
//unsupported: Stat Stdin Symlink SyscallError TempDir Truncate Unsetenv UserCacheDir UserConfigDir UserHomeDir
//unsupported: WriteFile
//go1.23 //unsupported: CopyFS
//unsupported: File.Chdir File.Chmod File.Chown File.Close File.Fd File.Name File.Read File.ReadAt File.ReadDir
//unsupported: File.ReadFrom File.Readdir File.Readdirnames File.Seek File.SetDeadline File.SetReadDeadline
//unsupported: File.SetWriteDeadline File.Stat File.Sync File.SyscallConn File.Truncate File.WriteAt
//go1.22 //unsupported: File.WriteTo

//opaque: File

// As in Go, a File holds a pointer, so printing one shows an address (which the model refuses to invent).
type File struct {
	*file
}

type file struct {
	fd int
}

var Stdout *File

var Stderr *File

func (f *File) Write(b []byte) (n int, err error)

func (f *File) WriteString(s string) (n int, err error)
