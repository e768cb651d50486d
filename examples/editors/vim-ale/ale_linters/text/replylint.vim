" SPDX-License-Identifier: MIT
" replylint for Vim/Neovim with ALE, through `replylint --format json` on the buffer's text.
" Copy the ale_linters/ folder into ~/.vim (or ~/.config/nvim); see docs/editors.md.

" Turns replylint's JSON report (docs/json-output.md) into ALE's loclist items. JSON columns
" count code points; ALE wants byte columns, so each is converted on the buffer's own line.
function! ale_linters#text#replylint#Handle(buffer, lines) abort
  let l:text = join(a:lines, "\n")
  if l:text !~# '^\s*{'
    return []
  endif
  try
    let l:report = json_decode(l:text)
  catch
    return []
  endtry
  let l:types = {'error': 'E', 'warning': 'W'}
  let l:output = []
  for l:file in get(l:report, 'files', [])
    for l:reply in get(l:file, 'replies', [])
      call add(l:output, {
      \ 'lnum': l:reply.line,
      \ 'col': 1,
      \ 'type': 'I',
      \ 'text': printf('score %d/100 %s', l:reply.score, l:reply.verdict),
      \ 'code': 'score',
      \})
      for l:finding in get(l:reply, 'findings', [])
        let l:line = get(getbufline(a:buffer, l:finding.line), 0, '')
        let l:end_line = get(getbufline(a:buffer, l:finding.end_line), 0, '')
        call add(l:output, {
        \ 'lnum': l:finding.line,
        \ 'col': byteidxcomp(l:line, l:finding.column - 1) + 1,
        \ 'end_lnum': l:finding.end_line,
        \ 'end_col': byteidxcomp(l:end_line, l:finding.end_column - 1),
        \ 'type': get(l:types, l:finding.severity, 'I'),
        \ 'text': l:finding.message,
        \ 'code': l:finding.rule,
        \})
      endfor
    endfor
  endfor
  return l:output
endfunction

" The buffer goes to stdin (no %t in the command), so it is linted as you type; --fail-on never
" keeps the exit code 0, and %s names the input so paths in the report match the buffer.
call ale#linter#Define('text', {
\ 'name': 'replylint',
\ 'executable': 'replylint',
\ 'command': '%e --format json --fail-on never --stdin-filename %s -',
\ 'callback': 'ale_linters#text#replylint#Handle',
\})
