// The model's declaration of package io (see LibraryLoader): only the interface fmt's Fprint functions write to.
package io

//unsupported: ByteReader ByteScanner ByteWriter Closer Copy CopyBuffer CopyN Discard EOF ErrClosedPipe
//unsupported: ErrNoProgress ErrShortBuffer ErrShortWrite ErrUnexpectedEOF LimitReader LimitedReader MultiReader
//unsupported: MultiWriter NewSectionReader NopCloser Pipe PipeReader PipeWriter ReadAll ReadAtLeast ReadCloser
//unsupported: ReadFull ReadSeekCloser ReadSeeker ReadWriteCloser ReadWriteSeeker ReadWriter Reader ReaderAt
//unsupported: ReaderFrom RuneReader RuneScanner SectionReader SeekCurrent SeekEnd SeekStart Seeker StringWriter
//unsupported: TeeReader WriteCloser WriteSeeker WriteString WriterAt WriterTo
//go1.20 //unsupported: NewOffsetWriter OffsetWriter

type Writer interface {
	Write(p []byte) (n int, err error)
}
