/**
 * The command line and the jar's entry point ({@link org.tomatic.cli.TomaticCommand#main}): {@code serve} starts
 * the web application, every other subcommand (import, export, user, load, schedule, solve, queue, extensions,
 * customers, report, staffing, says, benchmark) starts it without a web server for one operator's task. It sits on top and
 * may use every module, including their named interfaces; no module uses it.
 */
package org.tomatic.cli;
