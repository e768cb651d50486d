" SPDX-License-Identifier: MIT
" replylint for Markdown buffers in ALE: the same command and handler as for text.
call ale#linter#Define('markdown', {
\ 'name': 'replylint',
\ 'executable': 'replylint',
\ 'command': '%e --format json --fail-on never --stdin-filename %s -',
\ 'callback': 'ale_linters#text#replylint#Handle',
\})
