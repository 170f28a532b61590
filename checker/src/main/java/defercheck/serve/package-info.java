/**
 * {@code defercheck serve}: the playground, a local web page on which a program is edited, run on the model and
 * stepped through with the trace viewer of the HTML report. The JDK's own HTTP server (com.sun.net.httpserver)
 * serves it: no dependency, and a playground for one teacher's machine needs no more. Programs are interpreted
 * by the model and never touch the file system or the network; every request is bounded in size, steps and time,
 * and runs wait in a bounded queue.
 */
package defercheck.serve;
