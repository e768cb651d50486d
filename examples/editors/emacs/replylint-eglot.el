;;; replylint-eglot.el --- replylint as a language server in Emacs, through Eglot  -*- lexical-binding: t; -*-
;; SPDX-License-Identifier: MIT
;;
;; Load from init.el: (load "/path/to/replylint-eglot.el")
;; Findings show through Flymake; M-x eglot-code-actions offers the fixes, and ElDoc shows the
;; hover explanation at point.

(require 'eglot)

(add-to-list 'eglot-server-programs
             '((text-mode markdown-mode html-mode)
               . ("replylint" "lsp" :initializationOptions (:unit "file"))))

;; Start the server whenever a reply or macro is opened.
(dolist (hook '(text-mode-hook markdown-mode-hook html-mode-hook))
  (add-hook hook #'eglot-ensure))

(provide 'replylint-eglot)
;;; replylint-eglot.el ends here
