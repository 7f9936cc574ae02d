# generated from spec/ by generator — do not edit
"""Contains methods for accessing the API"""
