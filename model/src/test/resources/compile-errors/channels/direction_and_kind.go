package main

// close, receive and send check that the operand is a channel, and that its direction allows the operation.
func main() {
	var r <-chan int
	var s chan<- int
	x := 1
	close(r) // want 8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)
	<-s // want 4: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
	r <- 1 // want 2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)
	close(x) // want 8: invalid operation: cannot close non-channel x (variable of type int)
	<-x // want 4: invalid operation: cannot receive from non-channel x (variable of type int)
	x <- 1 // want 2: invalid operation: cannot send to non-channel x (variable of type int)
	_, _, _ = r, s, x
}
